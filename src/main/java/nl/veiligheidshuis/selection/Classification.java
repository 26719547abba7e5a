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
		@Nullable LocalDate lastAntecedent, double score, List<ScoreContribution> breakdown) {
}
