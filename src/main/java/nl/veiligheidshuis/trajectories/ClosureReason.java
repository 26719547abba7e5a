package nl.veiligheidshuis.trajectories;

/** Why a trajectory was closed (DESIGN.md §2); {@link #OTHER} needs an explanation. Labels {@code trajectory.closure.<NAME>}. */
public enum ClosureReason {
	/** No longer on the priority list. */
	DESELECTED,
	/** Detained for a long time. */
	DETAINED_LONG_TERM,
	/** Moved out of the district. */
	MOVED,
	/** Deceased. */
	DECEASED,
	/** The plan and aftercare are completed. */
	COMPLETED,
	/** Another reason, stated in words. */
	OTHER
}
