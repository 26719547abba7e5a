package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpUnitTest {

	/** The SHA-1 seed of RFC 6238 appendix B, "12345678901234567890". */
	private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void codes_match_the_rfc_6238_test_vectors() {
		// RFC 6238 gives 8-digit codes; the 6-digit code is the same number modulo 10^6.
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void a_code_is_accepted_one_step_either_side_and_not_further() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.step(now);

		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
	}

	@Test
	void malformed_codes_are_refused() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "1234567", now)).isEmpty();
	}

	@Test
	void base32_round_trips_a_new_secret() {
		String secret = Totp.newSecret(new SecureRandom());
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
	}
}
