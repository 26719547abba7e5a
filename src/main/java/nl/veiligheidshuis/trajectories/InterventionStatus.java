package nl.veiligheidshuis.trajectories;

/** Where an intervention of the plan is in execution; labels {@code trajectory.intervention.status.<NAME>}. */
public enum InterventionStatus {
	/** In the plan, not started yet. */
	PLANNED,
	/** The owner partner started it. */
	STARTED,
	/** Carried out. */
	COMPLETED,
	/** Ended before it was carried out (the client dropped out, or it no longer fits). */
	STOPPED;

	/** The statuses an intervention may move to from this one. */
	boolean mayBecome(InterventionStatus next) {
		return switch (this) {
			case PLANNED -> next == STARTED || next == STOPPED;
			case STARTED -> next == COMPLETED || next == STOPPED;
			case COMPLETED, STOPPED -> false;
		};
	}
}
