package nl.veiligheidshuis.trajectories;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of allowed transitions between {@link TrajectoryState}s: the arrows of DESIGN.md §2, each with
 * its name, plus {@link #CLOSE} from every open state and {@link #REVISE_PLAN} (a plan that a partner
 * cannot deliver goes back to planning). Nothing else moves a trajectory.
 */
public enum Transition {
	/** The house manager gives the trajectory to an intervention manager. */
	ASSIGN(TrajectoryState.ASSIGNED, TrajectoryState.SELECTED),
	/** The intervention manager arranges the assessment. */
	START_ASSESSMENT(TrajectoryState.ASSESSMENT, TrajectoryState.ASSIGNED),
	/** The assessment is recorded and its deficits confirmed: the plan is drawn up. */
	START_PLANNING(TrajectoryState.PLANNING, TrajectoryState.ASSESSMENT),
	/** The plan covers every deficit and goes to the owner partners (DESIGN.md §4 rule 4). */
	SEND_TO_PARTNER_CHECK(TrajectoryState.PARTNER_CHECK, TrajectoryState.PLANNING),
	/**
	 * A partner cannot deliver, or the client refused or dropped out: the plan is revised (and goes through the
	 * partner check again before it is offered anew).
	 */
	REVISE_PLAN(TrajectoryState.PLANNING, TrajectoryState.PARTNER_CHECK, TrajectoryState.ESCALATED),
	/** Every commitment is confirmed: the plan is offered (rule 5); after escalation, the revised plan. */
	OFFER(TrajectoryState.OFFERED, TrajectoryState.PARTNER_CHECK, TrajectoryState.ESCALATED),
	/** The client accepted and signed the contract (rule 6). */
	ACCEPT(TrajectoryState.CONTRACTED, TrajectoryState.OFFERED),
	/** The client refused the offer: escalation (rule 6). */
	REFUSE(TrajectoryState.ESCALATED, TrajectoryState.OFFERED),
	/** The first intervention started. */
	START_EXECUTION(TrajectoryState.IN_EXECUTION, TrajectoryState.CONTRACTED),
	/** The client dropped out of the running trajectory: escalation. */
	DROP_OUT(TrajectoryState.ESCALATED, TrajectoryState.IN_EXECUTION),
	/** The plan was carried out. */
	COMPLETE(TrajectoryState.COMPLETED, TrajectoryState.IN_EXECUTION),
	/** Aftercare starts. */
	START_AFTERCARE(TrajectoryState.AFTERCARE, TrajectoryState.COMPLETED),
	/** Closed with a reason, from any open state. */
	CLOSE(TrajectoryState.CLOSED, TrajectoryState.SELECTED, TrajectoryState.ASSIGNED, TrajectoryState.ASSESSMENT,
			TrajectoryState.PLANNING, TrajectoryState.PARTNER_CHECK, TrajectoryState.OFFERED, TrajectoryState.CONTRACTED,
			TrajectoryState.IN_EXECUTION, TrajectoryState.ESCALATED, TrajectoryState.COMPLETED, TrajectoryState.AFTERCARE);

	private final TrajectoryState to;
	private final Set<TrajectoryState> from;

	Transition(TrajectoryState to, TrajectoryState first, TrajectoryState... others) {
		this.to = to;
		this.from = Collections.unmodifiableSet(EnumSet.of(first, others));
	}

	public TrajectoryState to() {
		return to;
	}

	public Set<TrajectoryState> from() {
		return from;
	}

	public boolean allowedFrom(TrajectoryState state) {
		return from.contains(state);
	}

	/** The transition that leads from one state to another, if the table has one. */
	public static Optional<Transition> between(TrajectoryState from, TrajectoryState to) {
		return Arrays.stream(values()).filter(t -> t.to == to && t.from.contains(from)).findFirst();
	}

	/** The whole table: per state, the states it may move to. */
	public static Map<TrajectoryState, Set<TrajectoryState>> table() {
		Map<TrajectoryState, Set<TrajectoryState>> table = new EnumMap<>(TrajectoryState.class);
		for (TrajectoryState state : TrajectoryState.values()) {
			table.put(state, EnumSet.noneOf(TrajectoryState.class));
		}
		for (Transition transition : values()) {
			transition.from.forEach(state -> table.get(state).add(transition.to));
		}
		return table;
	}

	public String messageKey() {
		return "trajectory.transition." + name();
	}
}
