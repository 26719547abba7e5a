package nl.veiligheidshuis.reporting;

/**
 * One person in an effect comparison, pseudonymous: a participant (entered a trajectory) or a comparison person
 * (met the same classification in the same selection runs but did not enter one), with the covariates matched on
 * and the outcome over the follow-up window.
 *
 * @param category the classification (target group) at selection
 * @param ageBand the age band at the start (or, for a comparison person, at the selection's reference date)
 * @param gender as registered ("M", "V", "X" or unknown)
 * @param antecedentsBefore antecedents in the window of equal length before the start
 * @param monthsSinceLast months from the last antecedent before the start to the start
 * @param newAntecedents antecedents in the follow-up window after the start
 * @param followUpYears the length of the follow-up window in years (for the frequency per person-year)
 */
public record EffectSubject(boolean participant, String category, String ageBand, String gender, int antecedentsBefore,
		int monthsSinceLast, int newAntecedents, double followUpYears) {

	/** Re-offended: at least one new antecedent in the follow-up window (the prevalence measure). */
	public boolean reoffended() {
		return newAntecedents > 0;
	}

	/** New antecedents per person-year (the frequency measure). */
	public double frequency() {
		return followUpYears <= 0 ? 0 : newAntecedents / followUpYears;
	}
}
