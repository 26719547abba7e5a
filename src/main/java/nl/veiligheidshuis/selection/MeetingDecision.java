package nl.veiligheidshuis.selection;

/** What a selection meeting decides per person. */
public enum MeetingDecision {
	/** On the priority list. */
	INCLUDE,
	/** Not on the list (a reason is required). */
	EXCLUDE,
	/** Not now; looked at again in the next meeting. */
	HOLD;

	public String messageKey() {
		return "selection.decision." + name();
	}
}
