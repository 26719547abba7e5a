package nl.veiligheidshuis.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Between a correct password and a correct TOTP code: the user is known but may reach nothing except
 * the second-factor pages. It carries none of the user's roles.
 */
final class SecondFactorPendingAuthentication extends AbstractAuthenticationToken {

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final SignedInUser user;

	SecondFactorPendingAuthentication(SignedInUser user) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		setAuthenticated(true);
	}

	SignedInUser user() {
		return user;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		// Not the SignedInUser itself: the page header must not greet a half-signed-in user by name.
		return user.getUsername();
	}

	@Override
	public String getName() {
		return user.getUsername();
	}
}
