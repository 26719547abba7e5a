package nl.veiligheidshuis.trajectories;

/** Where a trajectory is on the path of DESIGN.md §2; the Dutch labels are {@code trajectory.state.<NAME>}. */
public enum TrajectoryState {
	/** On the priority list (or urgently referred) and started, not yet given to an intervention manager. */
	SELECTED,
	/** An intervention manager directs it; the assessment has not started. */
	ASSIGNED,
	/** The intervention manager arranges the assessment (RISc, ZRM or a youth instrument). */
	ASSESSMENT,
	/** The intervention plan is drawn up with the partners. */
	PLANNING,
	/** Each owner partner confirms it can deliver its interventions on the planned dates. */
	PARTNER_CHECK,
	/** The plan is offered to the client as a mutual contract. */
	OFFERED,
	/** The client accepted and signed; the first intervention must start within 7 days. */
	CONTRACTED,
	/** The interventions of the plan are carried out; progress is reported. */
	IN_EXECUTION,
	/** The client refused or dropped out: pressure and coercion, until a revised plan is offered. */
	ESCALATED,
	/** The plan was carried out. */
	COMPLETED,
	/** Aftercare under the municipality's lead. */
	AFTERCARE,
	/** Closed, with a reason; no longer changed. */
	CLOSED;

	public boolean open() {
		return this != CLOSED;
	}

	public String messageKey() {
		return "trajectory.state." + name();
	}
}
