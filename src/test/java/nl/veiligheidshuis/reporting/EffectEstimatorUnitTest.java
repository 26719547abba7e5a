package nl.veiligheidshuis.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Effect monitoring against generated cohorts whose effect the generator knows (issue 13): the matched estimate
 * recovers a planted 30% reduction within its interval while the naive comparison does not, and with no effect
 * the interval covers zero.
 */
class EffectEstimatorUnitTest {

	@Test
	void a_planted_30_percent_reduction_is_recovered_and_the_naive_comparison_misses_it() {
		List<EffectSubject> cohort = new PlantedEffectGenerator(20261128L, 0.7).generate(6000);
		EffectEstimate estimate = new EffectEstimator(1000, 7L).estimate(cohort);

		// the selection bias is real: participants start with more antecedents
		assertThat(estimate.balance().getFirst().covariate()).isEqualTo("antecedentsBefore");
		assertThat(estimate.balance().getFirst().before()).isGreaterThan(0.3);
		assertThat(Math.abs(estimate.balance().getFirst().after())).as("balanced after matching").isLessThan(0.1);
		assertThat(estimate.relativePrevalence().intervalCovers(-0.30))
			.as("matched relative difference %s", estimate.relativePrevalence()).isTrue();
		assertThat(estimate.relativePrevalence().upper()).as("a reduction, not zero").isLessThan(0);
		assertThat(estimate.naiveRelativePrevalence().intervalCovers(-0.30))
			.as("naive relative difference %s", estimate.naiveRelativePrevalence()).isFalse();
		assertThat(estimate.naiveRelativePrevalence().difference()).as("the naive comparison understates the effect")
			.isGreaterThan(-0.15);
		// heavy records without a comparison person of the same stratum drop out (shown on the page)
		assertThat(estimate.participants().matched()).isGreaterThan(estimate.participants().all() * 3 / 4);
	}

	@Test
	void with_no_effect_the_interval_covers_zero() {
		List<EffectSubject> cohort = new PlantedEffectGenerator(424242L, 1.0).generate(6000);
		EffectEstimate estimate = new EffectEstimator(1000, 11L).estimate(cohort);

		assertThat(estimate.prevalence().intervalCovers(0)).as("%s", estimate.prevalence()).isTrue();
		assertThat(estimate.relativePrevalence().intervalCovers(0)).as("%s", estimate.relativePrevalence()).isTrue();
		assertThat(estimate.frequency().intervalCovers(0)).as("%s", estimate.frequency()).isTrue();
		// while the naive comparison shows participants doing worse: the selection bias alone
		assertThat(estimate.naivePrevalence().lower()).isGreaterThan(0);
	}

	@Test
	void bands_include_their_lower_bound() {
		assertThat(EffectEstimator.band(0, EffectEstimator.COUNT_BANDS)).isZero();
		assertThat(EffectEstimator.band(3, EffectEstimator.COUNT_BANDS)).isEqualTo(3);
		assertThat(EffectEstimator.band(5, EffectEstimator.COUNT_BANDS)).isEqualTo(4);
		assertThat(EffectEstimator.band(6, EffectEstimator.COUNT_BANDS)).isEqualTo(5);
		assertThat(EffectEstimator.band(30, EffectEstimator.COUNT_BANDS)).isEqualTo(9);
		assertThat(EffectEstimator.band(31, EffectEstimator.COUNT_BANDS)).isEqualTo(10);
		assertThat(EffectEstimator.band(500, EffectEstimator.COUNT_BANDS)).isEqualTo(11);
		assertThat(EffectEstimator.band(12, EffectEstimator.RECENCY_BANDS)).isEqualTo(2);
		assertThat(EffectEstimator.band(13, EffectEstimator.RECENCY_BANDS)).isEqualTo(3);
		assertThat(EffectEstimator.percentile(new double[] { 1, 2, 3, 4, 5 }, 0.5)).isEqualTo(3);
	}
}
