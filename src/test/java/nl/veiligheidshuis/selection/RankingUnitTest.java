package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.platform.TargetGroup;

/** The fast ranking (one long per candidate) orders exactly as the ranking's comparator does, ties and all. */
class RankingUnitTest {

	private static SelectionRuns.Scored scored(Random random, double score, int day) {
		return new SelectionRuns.Scored(score, day, random.nextLong(), random.nextLong(), TargetGroup.FIRST_OFFENDER, 30, 1,
				new double[7], null, null);
	}

	private static void assertRanksAsTheComparator(SelectionRuns.Scored[] candidates) {
		SelectionRuns.Scored[] expected = candidates.clone();
		Arrays.sort(expected, SelectionRuns.RANKING);
		SelectionRuns.rank(candidates);
		assertThat(candidates).containsExactly(expected);
	}

	@Test
	void many_candidates_with_many_ties() {
		Random random = new Random(29);
		SelectionRuns.Scored[] candidates = new SelectionRuns.Scored[100_000];
		for (int k = 0; k < candidates.length; k++) {
			// scores in cents as a run rounds them, few distinct values and days: groups of equal score and day
			candidates[k] = scored(random, Classifier.round(random.nextInt(3_000) * 0.37), 19_000 + random.nextInt(40));
		}
		assertRanksAsTheComparator(candidates);
	}

	@Test
	void values_beyond_the_key_s_bits_fall_back_to_the_comparator() {
		Random random = new Random(30);
		for (double odd : new double[] { -1.5, 5_000_000.25 }) {
			SelectionRuns.Scored[] candidates = new SelectionRuns.Scored[1_000];
			for (int k = 0; k < candidates.length; k++) {
				candidates[k] = scored(random, k == 500 ? odd : random.nextInt(50), 19_000 + random.nextInt(5));
			}
			assertRanksAsTheComparator(candidates);
		}
		SelectionRuns.Scored[] oldDates = { scored(random, 3, -200_000), scored(random, 3, 19_000), scored(random, 1, 5) };
		assertRanksAsTheComparator(oldDates);
		assertRanksAsTheComparator(new SelectionRuns.Scored[0]);
		assertRanksAsTheComparator(new SelectionRuns.Scored[] { scored(random, 0, 0) });
	}
}
