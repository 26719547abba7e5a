package nl.veiligheidshuis.selection;

import java.util.Map;

import nl.veiligheidshuis.intake.OffenceCategory;

/**
 * The weights of the ranking score: score = Σ value(factor) × weight(factor). The frequency window
 * (months) counts frequency, gravity, violence, domestic violence and weapons; the recency window counts
 * recency and partner signals. Gravity per offence category is a weight too.
 */
public record Scoring(int frequencyWindowMonths, int recencyWindowMonths, Map<ScoringFactor, Double> weights,
		Map<OffenceCategory, Double> gravity) {

	public double weight(ScoringFactor factor) {
		return weights.getOrDefault(factor, 0.0);
	}

	public double gravity(OffenceCategory category) {
		return gravity.getOrDefault(category, 0.0);
	}
}
