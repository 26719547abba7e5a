package nl.veiligheidshuis.persons.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** The engine's allocation-free comparators give exactly what Apache Commons Text gives. */
class StringMetricsUnitTest {

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private final SplittableRandom random = new SplittableRandom(5);

	private List<String[]> pairs() {
		SyntheticDutchPeople people = new SyntheticDutchPeople(3);
		List<String> values = new ArrayList<>();
		for (int n = 0; n < 300; n++) {
			PersonRecord person = people.person(n);
			PersonRecord copy = people.copy(n, 1);
			values.add(DutchNames.normalise(person.surname()));
			values.add(DutchNames.normalise(copy.surname()));
			values.add(DutchNames.firstGivenName(person.givenNames()));
			values.add(DutchNames.firstGivenName(copy.givenNames()));
			values.add(person.bsn());
			values.add(person.postalCode());
			values.add(copy.postalCode().replace(" ", ""));
		}
		List<String[]> pairs = new ArrayList<>();
		for (int k = 0; k < 20_000; k++) {
			String x = values.get(random.nextInt(values.size()));
			String y = random.nextBoolean() ? values.get(random.nextInt(values.size())) : edit(edit(x));
			pairs.add(new String[] { x, y });
		}
		pairs.add(new String[] { "martha", "marhta" });
		pairs.add(new String[] { "dixon", "dicksonx" });
		pairs.add(new String[] { "ca", "abc" });
		pairs.add(new String[] { "", "abc" });
		return pairs;
	}

	private String edit(String value) {
		if (value == null || value.length() < 2 || random.nextBoolean()) {
			return value;
		}
		int at = random.nextInt(value.length() - 1);
		return switch (random.nextInt(4)) {
			case 0 -> value.substring(0, at) + (char) ('a' + random.nextInt(26)) + value.substring(at + 1);
			case 1 -> value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
			case 2 -> value.substring(0, at) + value.substring(at + 1);
			default -> value.substring(0, at) + (char) ('a' + random.nextInt(26)) + value.substring(at);
		};
	}

	@Test
	void jaro_winkler_is_the_same_as_commons_text() {
		for (String[] pair : pairs()) {
			if (pair[0] == null || pair[1] == null) {
				continue;
			}
			assertThat(StringMetrics.jaroWinkler(pair[0], pair[1])).as(pair[0] + " / " + pair[1])
				.isCloseTo(JARO_WINKLER.apply(pair[0], pair[1]), within(1e-12));
		}
	}

	@Test
	void damerau_levenshtein_within_a_threshold_is_the_same_as_commons_text() {
		DamerauLevenshteinDistance withinOne = new DamerauLevenshteinDistance(1);
		DamerauLevenshteinDistance withinTwo = new DamerauLevenshteinDistance(2);
		for (String[] pair : pairs()) {
			if (pair[0] == null || pair[1] == null) {
				continue;
			}
			String description = pair[0] + " / " + pair[1];
			assertThat(StringMetrics.withinOneEdit(pair[0], pair[1])).as(description)
				.isEqualTo(withinOne.apply(pair[0], pair[1]) >= 0);
			assertThat(StringMetrics.damerauLevenshtein(pair[0], pair[1], 2)).as(description)
				.isEqualTo(withinTwo.apply(pair[0], pair[1]));
		}
	}

	@Test
	void the_packed_comparisons_of_postal_codes_and_bsns_agree_with_the_string_ones() {
		for (String[] pair : pairs()) {
			String x = pair[0];
			String y = pair[1];
			if (x == null || y == null || x.length() > 8 || y.length() > 8) {
				continue;
			}
			assertThat(Comparisons.withinOneEdit(pack(x), x.length(), pack(y), y.length())).as(x + " / " + y)
				.isEqualTo(StringMetrics.withinOneEdit(x, y));
		}
		SplittableRandom digits = new SplittableRandom(9);
		for (int k = 0; k < 20_000; k++) {
			String x = SyntheticDutchPeople.uniqueBsn(digits.nextInt(1_000_000));
			String y = k % 2 == 0 ? SyntheticDutchPeople.uniqueBsn(digits.nextInt(1_000_000)) : edit(x);
			if (y.length() == 9 && y.chars().allMatch(Character::isDigit)) {
				assertThat(Comparisons.withinOneDigitEdit(Integer.parseInt(x), Integer.parseInt(y), 9)).as(x + " / " + y)
					.isEqualTo(StringMetrics.withinOneEdit(x, y));
			}
		}
	}

	private static long pack(String value) {
		long packed = 0;
		for (int k = 0; k < value.length(); k++) {
			packed |= ((long) (value.charAt(k) & 0xFF)) << (8 * k);
		}
		return packed;
	}
}
