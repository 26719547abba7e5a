package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The trajectory aggregate: one client's path through the approach. No setters: every change is an
 * intention-named method that is guarded by the {@link Transition} table, and that records a timeline
 * entry (actor, time, reason) and an event. {@link StoredTrajectories} writes both with the state, in one
 * transaction, and refuses the write when the {@link #version()} it was loaded with is no longer current.
 * <p>
 * The guards here are those of the state. What a step needs besides (an assessment before planning, a
 * covered plan before the partner check, confirmed commitments before the offer, a signed contract …) is
 * checked by the service that calls the step, with the data it owns.
 */
class Trajectory {

	/** Who acts: a user account (or the demo seeding) and the name the timeline shows. */
	record Actor(UUID id, String name) {
	}

	private final UUID id;
	private final UUID personId;
	private final TargetGroup targetGroup;
	private final TrajectoryOrigin origin;
	private final @Nullable UUID priorityListId;
	private final @Nullable UUID referralId;
	private final @Nullable String urgentReason;
	private final OffsetDateTime startedAt;
	private final long version;
	private TrajectoryState state;
	private OffsetDateTime stateChangedAt;
	private @Nullable UUID interventionManager;
	private @Nullable String interventionManagerName;
	private @Nullable ClosureReason closureReason;
	private @Nullable String closureExplanation;
	private final List<Participant> participants;

	private final List<Participant> newParticipants = new ArrayList<>();
	private final List<TimelineEntry> newEntries = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();
	private final boolean isNew;

	Trajectory(UUID id, UUID personId, TargetGroup targetGroup, TrajectoryOrigin origin, @Nullable UUID priorityListId,
			@Nullable UUID referralId, @Nullable String urgentReason, OffsetDateTime startedAt, long version,
			TrajectoryState state, OffsetDateTime stateChangedAt, @Nullable UUID interventionManager,
			@Nullable String interventionManagerName, @Nullable ClosureReason closureReason,
			@Nullable String closureExplanation, List<Participant> participants) {
		this(id, personId, targetGroup, origin, priorityListId, referralId, urgentReason, startedAt, version, state,
				stateChangedAt, interventionManager, interventionManagerName, closureReason, closureExplanation, participants,
				false);
	}

	private Trajectory(UUID id, UUID personId, TargetGroup targetGroup, TrajectoryOrigin origin,
			@Nullable UUID priorityListId, @Nullable UUID referralId, @Nullable String urgentReason,
			OffsetDateTime startedAt, long version, TrajectoryState state, OffsetDateTime stateChangedAt,
			@Nullable UUID interventionManager, @Nullable String interventionManagerName,
			@Nullable ClosureReason closureReason, @Nullable String closureExplanation, List<Participant> participants,
			boolean isNew) {
		this.id = id;
		this.personId = personId;
		this.targetGroup = targetGroup;
		this.origin = origin;
		this.priorityListId = priorityListId;
		this.referralId = referralId;
		this.urgentReason = urgentReason;
		this.startedAt = startedAt;
		this.version = version;
		this.state = state;
		this.stateChangedAt = stateChangedAt;
		this.interventionManager = interventionManager;
		this.interventionManagerName = interventionManagerName;
		this.closureReason = closureReason;
		this.closureExplanation = closureExplanation;
		this.participants = new ArrayList<>(participants);
		this.isNew = isNew;
	}

	/** A person on the adopted priority list enters the approach. */
	static Trajectory fromPriorityList(UUID personId, TargetGroup targetGroup, UUID priorityListId,
			List<Participant> participants, Actor actor, OffsetDateTime at) {
		return start(personId, targetGroup, TrajectoryOrigin.PRIORITY_LIST, priorityListId, null, null, participants,
				actor, at);
	}

	/** An accepted referral that cannot wait for the next list; the reason why is on the timeline. */
	static Trajectory fromUrgentReferral(UUID personId, TargetGroup targetGroup, UUID referralId, String reason,
			List<Participant> participants, Actor actor, OffsetDateTime at) {
		if (reason.isBlank()) {
			throw new TrajectoryRefused("trajectory.rule.urgentReasonRequired");
		}
		return start(personId, targetGroup, TrajectoryOrigin.URGENT_REFERRAL, null, referralId, reason.strip(),
				participants, actor, at);
	}

	private static Trajectory start(UUID personId, TargetGroup targetGroup, TrajectoryOrigin origin,
			@Nullable UUID priorityListId, @Nullable UUID referralId, @Nullable String urgentReason,
			List<Participant> participants, Actor actor, OffsetDateTime at) {
		Trajectory trajectory = new Trajectory(UUID.randomUUID(), personId, targetGroup, origin, priorityListId, referralId,
				urgentReason, at, 0, TrajectoryState.SELECTED, at, null, null, null, null, List.of(), true);
		participants.forEach(trajectory::addParticipant);
		trajectory.record(TimelineKind.STARTED, actor, at, null, TrajectoryState.SELECTED, urgentReason, origin.name(), null);
		trajectory.events.add(new TrajectoryStarted(trajectory.id, personId, targetGroup, origin, at));
		return trajectory;
	}

	/**
	 * Gives the trajectory to an intervention manager: the first time it moves from SELECTED to ASSIGNED; later
	 * the new manager takes over in the same state and the timeline keeps who had it before.
	 */
	Trajectory assign(UUID manager, String managerName, @Nullable String reason, Actor actor, OffsetDateTime at) {
		if (!state.open()) {
			throw new TrajectoryRefused(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		if (manager.equals(interventionManager)) {
			throw new TrajectoryRefused("trajectory.rule.alreadyAssigned");
		}
		UUID previous = interventionManager;
		String previousName = interventionManagerName;
		interventionManager = manager;
		interventionManagerName = managerName;
		if (state == TrajectoryState.SELECTED) {
			move(Transition.ASSIGN, actor, at, reason);
			record(TimelineKind.ASSIGNED, actor, at, TrajectoryState.SELECTED, TrajectoryState.ASSIGNED, reason, managerName,
					null);
		}
		else {
			record(TimelineKind.REASSIGNED, actor, at, null, null, reason, managerName, previousName);
		}
		events.add(new TrajectoryAssigned(id, manager, previous, at));
		return this;
	}

	/** The intervention manager arranges the assessment. */
	Trajectory startAssessment(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.START_ASSESSMENT, actor, at, reason);
	}

	/** The assessment is there: the plan is drawn up. */
	Trajectory startPlanning(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.START_PLANNING, actor, at, reason);
	}

	/** The plan goes to the owner partners; the caller has checked its coverage (DESIGN.md §4 rule 4). */
	Trajectory sendToPartnerCheck(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.SEND_TO_PARTNER_CHECK, actor, at, reason);
	}

	/** The plan goes back to planning, e.g. when a partner cannot deliver. */
	Trajectory revisePlan(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.REVISE_PLAN, actor, at, reason);
	}

	/** The plan is offered; the caller has checked that every commitment is confirmed (rule 5). */
	Trajectory offer(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.OFFER, actor, at, reason);
	}

	/** The client accepted and signed the contract (rule 6). */
	Trajectory accept(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.ACCEPT, actor, at, reason);
	}

	/** The client refused the offer: escalation. */
	Trajectory refuse(Actor actor, OffsetDateTime at, String reason) {
		return step(Transition.REFUSE, actor, at, reason);
	}

	/** The first intervention started. */
	Trajectory startExecution(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.START_EXECUTION, actor, at, reason);
	}

	/** The client dropped out: escalation. */
	Trajectory dropOut(Actor actor, OffsetDateTime at, String reason) {
		return step(Transition.DROP_OUT, actor, at, reason);
	}

	/** The plan was carried out. */
	Trajectory complete(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.COMPLETE, actor, at, reason);
	}

	/** Aftercare starts under the municipality's lead. */
	Trajectory startAftercare(Actor actor, OffsetDateTime at, @Nullable String reason) {
		return step(Transition.START_AFTERCARE, actor, at, reason);
	}

	/** Closes an open trajectory with a reason of the fixed list; {@link ClosureReason#OTHER} needs words. */
	Trajectory close(ClosureReason reason, @Nullable String explanation, Actor actor, OffsetDateTime at) {
		String words = explanation == null || explanation.isBlank() ? null : explanation.strip();
		if (reason == ClosureReason.OTHER && words == null) {
			throw new TrajectoryRefused("trajectory.rule.closureExplanationRequired");
		}
		TrajectoryState from = state;
		move(Transition.CLOSE, actor, at, words);
		closureReason = reason;
		closureExplanation = words;
		record(TimelineKind.CLOSED, actor, at, from, TrajectoryState.CLOSED, words, reason.name(), null);
		events.add(new TrajectoryClosed(id, personId, reason, at));
		return this;
	}

	/** A partner takes part from now on (part of need-to-know); nothing happens when it already does so in that role. */
	Trajectory addParticipant(Participant participant) {
		boolean known = participants.stream().anyMatch(p -> p.organisationId().equals(participant.organisationId())
				&& p.role() == participant.role() && Objects.equals(p.chain(), participant.chain()));
		if (!known) {
			participants.add(participant);
			newParticipants.add(participant);
		}
		return this;
	}

	/**
	 * Puts something that happened to the trajectory's own data (assessment, plan, commitments) on the
	 * timeline; saving it raises the version like any other change, so a concurrent edit is refused.
	 */
	Trajectory note(TimelineKind kind, Actor actor, OffsetDateTime at, @Nullable String reason, @Nullable String detail,
			@Nullable String previousDetail) {
		if (!state.open()) {
			throw new TrajectoryRefused(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		record(kind, actor, at, null, null, reason == null || reason.isBlank() ? null : reason.strip(), detail,
				previousDetail);
		return this;
	}

	private Trajectory step(Transition transition, Actor actor, OffsetDateTime at, @Nullable String reason) {
		move(transition, actor, at, reason);
		return this;
	}

	private void move(Transition transition, Actor actor, OffsetDateTime at, @Nullable String reason) {
		if (!transition.allowedFrom(state)) {
			throw new TrajectoryRefused(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		TrajectoryState from = state;
		state = transition.to();
		stateChangedAt = at;
		String stated = reason == null || reason.isBlank() ? null : reason.strip();
		if (transition != Transition.ASSIGN && transition != Transition.CLOSE) {
			record(TimelineKind.STATE_CHANGED, actor, at, from, state, stated, null, null);
		}
		events.add(new TrajectoryStateChanged(id, from, state, transition, at));
	}

	private void record(TimelineKind kind, Actor actor, OffsetDateTime at, @Nullable TrajectoryState from,
			@Nullable TrajectoryState to, @Nullable String reason, @Nullable String detail, @Nullable String previousDetail) {
		newEntries.add(new TimelineEntry(UUID.randomUUID(), kind, at, actor.id(), actor.name(), from, to, reason,
				detail, previousDetail));
	}

	UUID id() {
		return id;
	}

	UUID personId() {
		return personId;
	}

	TargetGroup targetGroup() {
		return targetGroup;
	}

	TrajectoryOrigin origin() {
		return origin;
	}

	@Nullable
	UUID priorityListId() {
		return priorityListId;
	}

	@Nullable
	UUID referralId() {
		return referralId;
	}

	@Nullable
	String urgentReason() {
		return urgentReason;
	}

	OffsetDateTime startedAt() {
		return startedAt;
	}

	/** The version this trajectory was loaded with; the write checks it is still the current one. */
	long version() {
		return version;
	}

	TrajectoryState state() {
		return state;
	}

	OffsetDateTime stateChangedAt() {
		return stateChangedAt;
	}

	@Nullable
	UUID interventionManager() {
		return interventionManager;
	}

	@Nullable
	String interventionManagerName() {
		return interventionManagerName;
	}

	@Nullable
	ClosureReason closureReason() {
		return closureReason;
	}

	@Nullable
	String closureExplanation() {
		return closureExplanation;
	}

	List<Participant> participants() {
		return Collections.unmodifiableList(participants);
	}

	boolean isNew() {
		return isNew;
	}

	List<Participant> newParticipants() {
		return Collections.unmodifiableList(newParticipants);
	}

	List<TimelineEntry> newEntries() {
		return Collections.unmodifiableList(newEntries);
	}

	List<Object> events() {
		return Collections.unmodifiableList(events);
	}
}
