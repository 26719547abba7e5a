package nl.veiligheidshuis.trajectories;

/** What an entry of the dossier timeline records; labels {@code trajectory.timeline.kind.<NAME>}. */
public enum TimelineKind {
	/** The trajectory started from the priority list or an urgent referral. */
	STARTED,
	/** The first intervention manager was assigned. */
	ASSIGNED,
	/** Another intervention manager took over. */
	REASSIGNED,
	/** The trajectory moved to another state. */
	STATE_CHANGED,
	/** The trajectory was closed, with its reason. */
	CLOSED
}
