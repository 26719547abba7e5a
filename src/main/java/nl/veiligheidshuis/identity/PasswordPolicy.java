package nl.veiligheidshuis.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a password must be: at least 12 characters (NIST SP 800-63B and the BIO allow long passphrases
 * instead of composition rules), at most 128, not one of the ~49,000 most common passwords (the
 * zxcvbn-ts list, installed from npm by the build) nor such a word with digits or marks appended, and
 * not containing the user name.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;
	static final int MAXIMUM_LENGTH = 128;

	/** Message keys of the reasons a password is refused. */
	static final String TOO_SHORT = "password.tooShort";
	static final String TOO_LONG = "password.tooLong";
	static final String COMMON = "password.common";
	static final String CONTAINS_USERNAME = "password.containsUsername";

	private final Set<String> commonPasswords;

	PasswordPolicy() {
		this(loadCommonPasswords());
	}

	PasswordPolicy(Set<String> commonPasswords) {
		this.commonPasswords = commonPasswords;
	}

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	public List<String> violations(String password, String username) {
		List<String> violations = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			violations.add(TOO_SHORT);
		}
		if (length > MAXIMUM_LENGTH) {
			violations.add(TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		// "Wachtwoord2024!" is as weak as "wachtwoord": look at the word without its trailing digits too.
		String withoutSuffix = lower.replaceAll("[0-9!?.#@$]+$", "");
		if (commonPasswords.contains(lower) || withoutSuffix.length() >= 4 && commonPasswords.contains(withoutSuffix)) {
			violations.add(COMMON);
		}
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			violations.add(CONTAINS_USERNAME);
		}
		return violations;
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream in = new ClassPathResource("identity/passwords.json").getInputStream()) {
			String[] passwords = JsonMapper.builder().build().readValue(in, String[].class);
			Set<String> set = new HashSet<>(passwords.length * 2);
			for (String password : passwords) {
				set.add(password.toLowerCase(Locale.ROOT));
			}
			// Words a Dutch user of this system would reach for first.
			set.addAll(List.of("wachtwoord", "welkom", "veiligheidshuis", "zorgenveiligheidshuis", "politie",
					"heerlen", "wachtwoord1234", "welkom123456", "veiligheidshuis1"));
			return Set.copyOf(set);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The list of common passwords (identity/passwords.json) is missing", e);
		}
	}
}
