package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The fast ranking (one long per candidate) orders exactly as the ranking rule says, ties and all: the highest score
 * first, then the most recent antecedent, then the person's id as {@link UUID} orders.
 */
class RankingUnitTest {

	private record Candidate(double score, int day, UUID person) {
	}

	private static final Comparator<Candidate> RULE = Comparator.comparingDouble(Candidate::score).reversed()
		.thenComparing(Comparator.comparingInt(Candidate::day).reversed())
		.thenComparing(Candidate::person);

	private static Candidate candidate(Random random, double score, int day) {
		return new Candidate(score, day, new UUID(random.nextLong(), random.nextLong()));
	}

	private static void assertRanksAsTheRule(List<Candidate> candidates) {
		ScoredCandidates scored = new ScoredCandidates();
		double[] factors = new double[Classifier.FACTORS];
		for (Candidate c : candidates) {
			scored.add(c.score(), c.day(), c.person().getMostSignificantBits(), c.person().getLeastSignificantBits(),
					TargetGroup.FIRST_OFFENDER, 30, 1, factors, null, null);
		}
		int[] order = scored.ranking();
		List<Candidate> ranked = new ArrayList<>();
		for (int k : order) {
			ranked.add(new Candidate(scored.score(k), scored.lastAntecedent(k), scored.person(k)));
		}
		assertThat(ranked).containsExactlyElementsOf(candidates.stream().sorted(RULE).toList());
	}

	@Test
	void many_candidates_with_many_ties() {
		Random random = new Random(29);
		List<Candidate> candidates = new ArrayList<>();
		for (int k = 0; k < 100_000; k++) {
			// scores in cents as a run rounds them, few distinct values and days: groups of equal score and day
			candidates.add(candidate(random, Classifier.round(random.nextInt(3_000) * 0.37), 19_000 + random.nextInt(40)));
		}
		assertRanksAsTheRule(candidates);
	}

	@Test
	void values_beyond_the_key_s_bits_fall_back_to_one_by_one() {
		Random random = new Random(30);
		for (double odd : new double[] { -1.5, 5_000_000.25, Double.NaN }) {
			List<Candidate> candidates = new ArrayList<>();
			for (int k = 0; k < 1_000; k++) {
				candidates.add(candidate(random, k == 500 ? odd : random.nextInt(50), 19_000 + random.nextInt(5)));
			}
			assertRanksAsTheRule(candidates);
		}
		assertRanksAsTheRule(List.of(candidate(random, 3, -200_000), candidate(random, 3, 19_000), candidate(random, 1, 5)));
		assertRanksAsTheRule(List.of());
		assertRanksAsTheRule(List.of(candidate(random, 0, 0)));
	}
}
