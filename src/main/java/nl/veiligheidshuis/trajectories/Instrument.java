package nl.veiligheidshuis.trajectories;

import java.util.List;

/**
 * The assessment instruments whose results the house records (it never computes them: they are licensed
 * and administered by the partner that owns them). Labels {@code trajectory.instrument.<NAME>}, and per item
 * {@code trajectory.instrument.item.<ITEM>}.
 */
public enum Instrument {
	/** Recidive Inschattingsschalen (probation): 12 scales with a score each, and an overall risk of reoffending. */
	RISC(false, 0, 99, List.of("CRIMINAL_HISTORY", "HOUSING", "EDUCATION_AND_SCHOOL", "EMPLOYMENT", "INCOME_AND_MONEY",
			"RELATIONSHIPS_PARTNER_AND_FAMILY", "RELATIONSHIPS_FRIENDS", "DRUG_USE", "ALCOHOL_USE", "EMOTIONAL_WELLBEING",
			"THINKING_AND_BEHAVIOUR", "ATTITUDE")),
	/** Zelfredzaamheid-Matrix: 13 domains, each scored 1 (acute problems) to 5 (fully self-reliant). */
	ZRM(false, 1, 5, List.of("FINANCES", "WORK_AND_EDUCATION", "TIME_USE", "HOUSING", "DOMESTIC_RELATIONS", "MENTAL_HEALTH",
			"PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL", "SOCIAL_NETWORK", "SOCIAL_PARTICIPATION",
			"JUSTICE")),
	/** Landelijk Instrumentarium Jeugdstrafrechtketen: a result and the professional's judgement. */
	LIJ(true, 0, 0, List.of()),
	/** An assessment by the Child Protection Board (Raad voor de Kinderbescherming). */
	CHILD_PROTECTION_BOARD(true, 0, 0, List.of()),
	/** An assessment by youth care (jeugdzorg). */
	YOUTH_CARE(true, 0, 0, List.of());

	private final boolean youth;
	private final int lowest;
	private final int highest;
	private final List<String> items;

	Instrument(boolean youth, int lowest, int highest, List<String> items) {
		this.youth = youth;
		this.lowest = lowest;
		this.highest = highest;
		this.items = items;
	}

	/** For minors (under 18 on the assessment date); the others are for adults. */
	public boolean youth() {
		return youth;
	}

	/** The scales (RISc) or domains (ZRM) that each get a score; none for the youth instruments. */
	public List<String> items() {
		return items;
	}

	public int lowest() {
		return lowest;
	}

	public int highest() {
		return highest;
	}

	public String messageKey() {
		return "trajectory.instrument." + name();
	}
}
