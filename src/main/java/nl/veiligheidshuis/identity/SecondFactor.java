package nl.veiligheidshuis.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import nl.veiligheidshuis.platform.DemoMode;

/**
 * The TOTP second factor: required for every local account outside demo mode
 * ({@code vh.security.totp-required} overrides), each code usable once.
 */
@Component
class SecondFactor {

	private final UserAccounts accounts;
	private final Clock clock;
	private final boolean required;
	private final SecureRandom random = new SecureRandom();

	SecondFactor(UserAccounts accounts, Clock clock, DemoMode demoMode, Environment environment) {
		this.accounts = accounts;
		this.clock = clock;
		String configured = environment.getProperty("vh.security.totp-required");
		this.required = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.trim()) : !demoMode.isEnabled();
	}

	boolean required() {
		return required;
	}

	boolean enrolled(SignedInUser user) {
		return accounts.totpSecret(user.id()).isPresent();
	}

	String newSecret() {
		return Totp.newSecret(random);
	}

	/** Checks a code against the enrolled secret and spends its time step. */
	boolean verify(SignedInUser user, String code) {
		return accounts.totpSecret(user.id())
			.map(secret -> spend(user, secret, code, null))
			.orElse(false);
	}

	/** Checks the first code against a new secret and, when right, enrols the user with it. */
	boolean enrol(SignedInUser user, String secret, String code) {
		return spend(user, secret, code, secret);
	}

	private boolean spend(SignedInUser user, String secret, String code, @Nullable String newSecret) {
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		return step.isPresent() && accounts.useTotpStep(user.id(), step.getAsLong(), newSecret);
	}
}
