package nl.veiligheidshuis.reporting;

import java.util.List;

/**
 * The outcome of an effect comparison: the matched difference with its 95% bootstrap interval, the naive
 * (unmatched) difference beside it, the group sizes and the balance of the matched covariates.
 *
 * @param participants participants in the comparison (all) and matched (in a stratum with a comparison person)
 * @param comparison comparison persons (all) and matched
 * @param prevalence re-offending prevalence: participants, comparison (weighted), difference and interval
 * @param relativePrevalence the matched difference relative to the comparison's prevalence (−0.30 = 30% lower)
 * @param frequency new antecedents per person-year, as prevalence
 * @param naivePrevalence the same comparison without matching: what the effect looks like when selection bias
 *        is ignored
 * @param balance per covariate the standardised mean difference before and after matching
 */
public record EffectEstimate(GroupSizes participants, GroupSizes comparison, Measure prevalence,
		Measure relativePrevalence, Measure frequency, Measure naivePrevalence, Measure naiveRelativePrevalence,
		List<Balance> balance, int bootstrapReplicates) {

	public record GroupSizes(int all, int matched) {
	}

	/**
	 * A measure of both groups and their difference (participants − comparison), with the 95% percentile
	 * bootstrap interval of the difference; NaN when there is nothing to compare.
	 */
	public record Measure(double participants, double comparison, double difference, double lower, double upper) {

		public boolean intervalCovers(double value) {
			return lower <= value && value <= upper;
		}
	}

	/** Standardised mean difference of a covariate, before and after matching (|d| < 0.1 counts as balanced). */
	public record Balance(String covariate, double before, double after) {
	}
}
