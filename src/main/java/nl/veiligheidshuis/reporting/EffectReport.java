package nl.veiligheidshuis.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The effect report of a cohort (trajectories started in {@code cohort}): per follow-up window the group sizes,
 * the matched comparison with its 95% interval (or the reason it is not shown), the participants' re-offending
 * before and after the start, and the change of the ZRM life domains. Every count is published only after
 * small-cell suppression at {@code k}: a suppressed count is null, never the number.
 */
public record EffectReport(Period cohort, int k, OffsetDateTime computedAt, List<Window> windows, CountTable lifeDomains,
		Count assessedParticipants) {

	/** A published count: null when it is between 1 and k − 1. */
	public record Count(@Nullable Long value) {

		static Count of(long value, int k) {
			return new Count(value > 0 && value < k ? null : value);
		}

		public String text(int k) {
			return value == null ? "<" + k : Long.toString(value);
		}
	}

	/**
	 * One follow-up window.
	 *
	 * @param months 6, 12 or 24
	 * @param participants participants whose window has fully elapsed
	 * @param comparison comparison persons whose window has fully elapsed
	 * @param matchedParticipants participants in a stratum with a comparison person (null without an estimate)
	 * @param matchedComparison comparison persons in a stratum with a participant (null without an estimate)
	 * @param estimate the matched comparison; null when a group is below k (then {@code refusal} says why)
	 * @param refusal message key of the reason no estimate is shown
	 * @param before the participants' re-offending in the equal period before the start
	 * @param after the participants' re-offending in the window after the start
	 */
	public record Window(int months, Count participants, Count comparison, @Nullable Count matchedParticipants,
			@Nullable Count matchedComparison, @Nullable EffectEstimate estimate, @Nullable String refusal, Recidivism before,
			Recidivism after) {
	}

	/**
	 * Prevalence (share with at least one antecedent, percent) and frequency (antecedents per person-year) of the
	 * participants in a period; null when the group or the count of re-offenders is below k.
	 */
	public record Recidivism(Count persons, Count reoffended, @Nullable Double prevalencePercent,
			@Nullable Double frequencyPerYear) {
	}
}
