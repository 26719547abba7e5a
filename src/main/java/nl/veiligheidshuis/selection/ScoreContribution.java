package nl.veiligheidshuis.selection;

/** One line of a score's breakdown: the factor's value × its weight = its contribution. */
public record ScoreContribution(ScoringFactor factor, double value, double weight, double contribution) {
}
