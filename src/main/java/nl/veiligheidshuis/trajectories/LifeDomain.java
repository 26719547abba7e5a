package nl.veiligheidshuis.trajectories;

/**
 * The seven life domains of the framework document on which a client can have a deficit; labels
 * {@code trajectory.lifeDomain.<NAME>}.
 */
public enum LifeDomain {
	/** Identity documents (ID card, residence permit). */
	IDENTITY_DOCUMENTS,
	/** Housing. */
	HOUSING,
	/** Work and income. */
	WORK_AND_INCOME,
	/** Education. */
	EDUCATION,
	/** Physical and mental health, addiction included. */
	HEALTH,
	/** Self-reliance: a deficit here requires trajectory guidance (DESIGN.md §4 rule 4). */
	SELF_RELIANCE,
	/** Debts. */
	DEBTS;

	public String messageKey() {
		return "trajectory.lifeDomain." + name();
	}
}
