package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The outcome for one person on a reference date: the category (null when no rule holds), the age, the
 * antecedents counted, and the score with its breakdown.
 */
record Classification(@Nullable TargetGroup category, @Nullable Integer age, int antecedents,
		@Nullable LocalDate lastAntecedent, double score, List<Contribution> breakdown) {

	/** The same classification with this breakdown and the score it sums to. */
	Classification withScore(List<Contribution> contributions) {
		double sum = 0;
		for (Contribution c : contributions) {
			sum += c.contribution();
		}
		return new Classification(category, age, antecedents, lastAntecedent, Classifier.round(sum), contributions);
	}

	/** One line of the breakdown: value × weight = contribution. */
	record Contribution(ScoringFactor factor, double value, double weight, double contribution) {
	}
}
