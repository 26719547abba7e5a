package nl.veiligheidshuis.trajectories;

/** The overall risk an instrument reports; labels {@code trajectory.risk.<NAME>}. */
public enum RiskLevel {
	/** Low risk of reoffending. */
	LOW,
	/** Medium risk. */
	MEDIUM,
	/** High risk. */
	HIGH
}
