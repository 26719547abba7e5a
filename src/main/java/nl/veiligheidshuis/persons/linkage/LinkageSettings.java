package nl.veiligheidshuis.persons.linkage;

/**
 * Thresholds and options of a linkage run. Thresholds are match probabilities: at or above
 * {@code upperThreshold} a pair links automatically, from {@code lowerThreshold} up to it a pair goes to
 * clerical review, below it the records are different people.
 *
 * @param estimateWeights estimate m, u and λ from the data (EM); otherwise the configured defaults
 * @param keepNonMatches also return the candidate pairs below the lower threshold (for evaluation)
 * @param maxBlockSize a blocking key shared by more records than this is skipped for that rule (a
 *     placeholder value such as "onbekend" must not make every pair a candidate)
 * @param holdDifferentGivenNames a pair whose given names clearly differ goes to review instead of being
 *     linked automatically, unless a BSN or other personal number agrees: twins and siblings at one
 *     address share everything but the given name
 */
public record LinkageSettings(double upperThreshold, double lowerThreshold, boolean estimateWeights,
		boolean keepNonMatches, int maxBlockSize, boolean holdDifferentGivenNames) {

	public LinkageSettings {
		if (!(lowerThreshold >= 0 && lowerThreshold <= upperThreshold && upperThreshold <= 1)) {
			throw new IllegalArgumentException("0 <= lowerThreshold <= upperThreshold <= 1");
		}
	}

	public static LinkageSettings defaults() {
		return new LinkageSettings(0.9, 0.3, true, false, 5000, true);
	}

	public LinkageSettings withThresholds(double upper, double lower) {
		return new LinkageSettings(upper, lower, estimateWeights, keepNonMatches, maxBlockSize, holdDifferentGivenNames);
	}

	public LinkageSettings withEstimateWeights(boolean estimate) {
		return new LinkageSettings(upperThreshold, lowerThreshold, estimate, keepNonMatches, maxBlockSize,
				holdDifferentGivenNames);
	}

	public LinkageSettings withKeepNonMatches(boolean keep) {
		return new LinkageSettings(upperThreshold, lowerThreshold, estimateWeights, keep, maxBlockSize,
				holdDifferentGivenNames);
	}

	public LinkageSettings withHoldDifferentGivenNames(boolean hold) {
		return new LinkageSettings(upperThreshold, lowerThreshold, estimateWeights, keepNonMatches, maxBlockSize, hold);
	}
}
