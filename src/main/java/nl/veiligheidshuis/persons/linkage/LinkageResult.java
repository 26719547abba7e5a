package nl.veiligheidshuis.persons.linkage;

import java.util.List;

/**
 * The outcome of a run: the pairs at or above the lower threshold (all candidate pairs when asked),
 * how many candidate pairs the blocking rules produced and were scored, the model used, and the
 * time spent scoring.
 */
public record LinkageResult(List<ScoredPair> pairs, long candidatePairs, FellegiSunterModel model,
		long scoringNanos) {

	/** Scored candidate pairs per second in the scoring pass. */
	public double pairsPerSecond() {
		return scoringNanos == 0 ? 0 : candidatePairs * 1e9 / scoringNanos;
	}
}
