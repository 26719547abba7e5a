package nl.veiligheidshuis.trajectories;

/** Where one commitment request of the partner check stands; labels {@code trajectory.commitment.status.<NAME>}. */
public enum CommitmentStatus {
	/** Asked of the owner partner, not yet answered. */
	REQUESTED,
	/** The owner partner can deliver on the planned start. */
	CONFIRMED,
	/** The owner partner proposed another start; the plan moved it and a new request followed. */
	COUNTER_PROPOSED,
	/** The plan went back to planning before the partner answered. */
	WITHDRAWN
}
