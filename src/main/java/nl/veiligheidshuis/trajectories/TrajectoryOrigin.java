package nl.veiligheidshuis.trajectories;

/** How a trajectory came to be; labels {@code trajectory.origin.<NAME>}. */
public enum TrajectoryOrigin {
	/** The person is on the adopted priority list. */
	PRIORITY_LIST,
	/** An accepted referral that cannot wait for the next list, with the reason why. */
	URGENT_REFERRAL
}
