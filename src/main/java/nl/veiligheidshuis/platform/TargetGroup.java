package nl.veiligheidshuis.platform;

/**
 * The target groups of the person-centred approach (DESIGN.md §4). Shared by the modules that select,
 * protect and report on persons; the Dutch labels are the message keys {@code targetGroup.<NAME>}.
 */
public enum TargetGroup {
	/** Zeer actieve veelpleger (meerderjarig). */
	VERY_ACTIVE_PROLIFIC_OFFENDER,
	/** Veelpleger (meerderjarig). */
	PROLIFIC_OFFENDER,
	/** Meerpleger. */
	REPEAT_OFFENDER,
	/** Jeugdige veelpleger. */
	YOUTH_PROLIFIC_OFFENDER,
	/** Notoire overlastveroorzaker. */
	PERSISTENT_NUISANCE_OFFENDER,
	/** Harde-kernjongere. */
	HARD_CORE_YOUTH,
	/** Probleemjongere. */
	PROBLEM_YOUTH,
	/** Pleger van huiselijk geweld. */
	DOMESTIC_VIOLENCE_PERPETRATOR,
	/** Slachtoffer van huiselijk geweld. */
	DOMESTIC_VIOLENCE_VICTIM,
	/** First offender. */
	FIRST_OFFENDER,
	/** Slachtoffer / herhaald slachtoffer. */
	VICTIM,
	/** Ex-gedetineerde (nazorg). */
	EX_DETAINEE;

	public String messageKey() {
		return "targetGroup." + name();
	}
}
