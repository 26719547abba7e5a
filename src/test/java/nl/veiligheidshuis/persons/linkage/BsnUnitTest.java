package nl.veiligheidshuis.persons.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnUnitTest {

	@ParameterizedTest
	@ValueSource(strings = { "111222333", "999999990", "100000009", "123456782", "012345672", "12345672", "111 222 333",
			"111.222.333" })
	void a_number_that_passes_the_eleven_test_is_a_valid_bsn(String bsn) {
		assertThat(Bsn.isValid(bsn)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "987654321", "087654320", "000000000", "12345678", "1112223334", "11122233",
			"11122233x", "" })
	void a_number_that_fails_the_eleven_test_or_has_the_wrong_length_is_not_a_valid_bsn(String bsn) {
		assertThat(Bsn.isValid(bsn)).isFalse();
	}

	@Test
	void a_missing_bsn_is_not_valid() {
		assertThat(Bsn.isValid(null)).isFalse();
		assertThat(Bsn.normalise(null)).isNull();
	}

	@Test
	void an_eight_digit_bsn_is_read_with_a_leading_zero() {
		assertThat(Bsn.normalise("12345672")).isEqualTo("012345672");
	}

	@Test
	void the_synthetic_people_have_valid_and_unique_bsns() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int n = 0; n < 100_000; n++) {
			String bsn = SyntheticDutchPeople.uniqueBsn(n);
			assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
			assertThat(seen.add(bsn)).as(bsn).isTrue();
		}
	}

	@Test
	void the_eleven_test_catches_every_single_digit_typing_error() {
		SplittableRandom random = new SplittableRandom(1);
		for (int k = 0; k < 200; k++) {
			String bsn = SyntheticDutchPeople.bsn(random);
			assertThat(Bsn.isValid(bsn)).as(bsn).isTrue();
			for (int position = 0; position < 9; position++) {
				for (char digit = '0'; digit <= '9'; digit++) {
					if (digit != bsn.charAt(position)) {
						String mistyped = bsn.substring(0, position) + digit + bsn.substring(position + 1);
						assertThat(Bsn.isValid(mistyped)).as(mistyped).isFalse();
					}
				}
			}
		}
	}
}
