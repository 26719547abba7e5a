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
	CLOSED,
	/** An assessment was recorded; the detail is its instrument. */
	ASSESSMENT_RECORDED,
	/** The intervention manager confirmed (or changed) the deficits of an assessment. */
	DEFICITS_CONFIRMED,
	/** A new version of the intervention plan; the detail is its number, the reason what changed. */
	PLAN_CHANGED,
	/** An owner partner confirmed it can deliver an intervention on the planned start; the detail is the partner. */
	COMMITMENT_CONFIRMED,
	/** An owner partner proposed another start; the detail is the partner, the previous detail the proposed date. */
	COMMITMENT_COUNTER_PROPOSED,
	/** The client signed the contract; the detail is the date of acceptance. */
	CONTRACT_SIGNED,
	/** The scanned signed contract was added. */
	CONTRACT_SCAN_ADDED,
	/** An intervention started, was completed or stopped; the detail is its description, the previous detail the status. */
	INTERVENTION_STATUS_CHANGED,
	/** A measure of pressure or coercion; the detail is its owner, the previous detail its kind. */
	ESCALATION_MEASURE_RECORDED,
	/** The outcome of a measure of pressure or coercion; the detail is its owner. */
	ESCALATION_OUTCOME_RECORDED,
	/** A progress report; the detail is its date. */
	PROGRESS_REPORTED,
	/** A case conference agreed an action item; the detail is its description, the previous detail its owner and due date, the reason its condition. */
	ACTION_ITEM_AGREED,
	/** An action item of a case conference was done; the detail is its description. */
	ACTION_ITEM_COMPLETED,
	/** The chair published (a new version of) the outcome of the conference item about this trajectory; the detail is the version. */
	CONFERENCE_OUTCOME_PUBLISHED
}
