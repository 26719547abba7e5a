package nl.veiligheidshuis.trajectories;

/** The recognisable intervention types the rules refer to; labels {@code trajectory.interventionType.<NAME>}. */
public enum InterventionType {
	/** Trajectory guidance ("trajectbegeleiding"): required when self-reliance is a deficit (DESIGN.md §4 rule 4). */
	TRAJECTORY_GUIDANCE,
	/** Any other intervention, described in words. */
	OTHER
}
