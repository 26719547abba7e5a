package nl.veiligheidshuis.selection;

/**
 * The factors of the ranking score; each candidate shows value × weight = contribution per factor.
 * Protected attributes (ethnicity, nationality, country of birth) are not factors and cannot become one:
 * the registry has no field for them.
 */
public enum ScoringFactor {
	/** Antecedents in the frequency window. */
	FREQUENCY,
	/** Antecedents in the recency window. */
	RECENCY,
	/** Sum of the gravity of the offence categories of the antecedents in the frequency window. */
	GRAVITY,
	/** Violence antecedents in the frequency window. */
	VIOLENCE,
	/** Domestic-violence antecedents in the frequency window. */
	DOMESTIC_VIOLENCE,
	/** Weapons antecedents in the frequency window. */
	WEAPONS,
	/** Referrals and signals of partners about the person in the recency window. */
	PARTNER_SIGNALS;

	public String messageKey() {
		return "selection.factor." + name();
	}
}
