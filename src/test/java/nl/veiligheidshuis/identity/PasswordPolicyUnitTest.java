package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyUnitTest {

	private static final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void a_long_uncommon_passphrase_is_accepted() {
		assertThat(policy.violations("paars konijn fietst traag", "im.demo")).isEmpty();
	}

	@Test
	void eleven_characters_are_too_short_and_twelve_are_enough() {
		assertThat(policy.violations("kx7Fq2mZp9w", "im.demo")).containsExactly(PasswordPolicy.TOO_SHORT);
		assertThat(policy.violations("kx7Fq2mZp9wT", "im.demo")).isEmpty();
	}

	@Test
	void more_than_128_characters_are_refused() {
		assertThat(policy.violations("a-b".repeat(43), "im.demo")).containsExactly(PasswordPolicy.TOO_LONG);
	}

	@Test
	void common_passwords_are_refused_also_with_digits_appended() {
		assertThat(policy.violations("123qweasdzxc", "im.demo")).contains(PasswordPolicy.COMMON);
		assertThat(policy.violations("Password1234", "im.demo")).contains(PasswordPolicy.COMMON);
		assertThat(policy.violations("Wachtwoord2024!", "im.demo")).contains(PasswordPolicy.COMMON);
	}

	@Test
	void a_password_containing_the_user_name_is_refused() {
		assertThat(policy.violations("mijn-im.demo-geheim", "im.demo")).containsExactly(PasswordPolicy.CONTAINS_USERNAME);
	}
}
