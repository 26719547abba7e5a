package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.privacy.TrajectoryNotFound;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * The intervention plan ("maatwerkplan") and the partner check. Every change of the plan writes a new
 * version; earlier versions stay readable. The plan goes to the partner check only when it covers every
 * confirmed deficit ({@link PlanCoverage}); each owner partner is then asked to commit to the planned start
 * of its interventions (inbox, "Mijn werk" and an e-mail notice without client data), and confirms or
 * proposes another start — which moves the intervention in a new plan version and asks again. Only a plan
 * whose every intervention is confirmed can be offered ({@link #allCommitmentsConfirmed}). Each change checks
 * its own rules and the user's rights first, then changes the trajectory in one write (version, timeline,
 * audit) through {@link Trajectories#change}.
 */
@Service
public class InterventionPlans {

	static final String AUDIT_OBJECT = "intervention-plan";
	static final String COMMITMENT_AUDIT_OBJECT = "commitment";
	/** The page where an owner partner answers a request; also the link of the inbox message and the e-mail. */
	static final String COMMITMENT_PAGE = "/interventies/%s/toezegging";
	static final String PARTNER_PROFESSIONAL = "PARTNER_PROFESSIONAL";

	private final Trajectories trajectories;
	private final Assessments assessments;
	private final StoredPlans stored;
	private final PartnerOrganisations partners;
	private final TrajectoryAccess access;
	private final AuditLog auditLog;
	private final UserDirectory users;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final DateFormats dates;
	private final Clock clock;

	InterventionPlans(Trajectories trajectories, Assessments assessments, StoredPlans stored, PartnerOrganisations partners,
			TrajectoryAccess access, AuditLog auditLog, UserDirectory users, Notifications notifications,
			ApplicationEventPublisher events, DateFormats dates, Clock clock) {
		this.trajectories = trajectories;
		this.assessments = assessments;
		this.stored = stored;
		this.partners = partners;
		this.access = access;
		this.auditLog = auditLog;
		this.users = users;
		this.notifications = notifications;
		this.events = events;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * The plan of a trajectory the signed-in user may read: the current version, or an earlier one; with the
	 * deficits, what is uncovered and the violated rules only for who may read the assessment. Audited.
	 *
	 * @param version the plan version to show; {@code null} or unknown: the current one
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public InterventionPlan plan(UUID trajectoryId, @Nullable Integer version) {
		TrajectoryRights rights = access.requireRead(trajectoryId);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, trajectoryId)
			.concerning(trajectory.personId()));
		return plan(trajectory, version, rights.readAssessment());
	}

	private InterventionPlan plan(Trajectory trajectory, @Nullable Integer version, boolean withDeficits) {
		UUID id = trajectory.id();
		int current = stored.currentNumber(id);
		int shown = version == null || version < 1 || version > current ? current : version;
		List<Intervention> currentInterventions = stored.interventions(id, current);
		List<Commitment> commitments = stored.commitments(id);
		Set<LifeDomain> deficits = withDeficits ? assessments.confirmedDeficits(id) : null;
		return new InterventionPlan(id, trajectory.version(), trajectory.state(), current, shown,
				shown == current ? currentInterventions : stored.interventions(id, shown), stored.versions(id), commitments,
				deficits, deficits == null ? Set.of() : PlanCoverage.uncovered(deficits, currentInterventions),
				withDeficits ? PlanCoverage.violations(deficits, currentInterventions) : List.of(),
				allConfirmed(currentInterventions, commitments));
	}

	/**
	 * Adds an intervention to the plan in planning (a new plan version); its owner partner takes part in the
	 * trajectory from now on, so its professionals may see it (need-to-know).
	 *
	 * @throws TrajectoryRefused not in planning, an owner not in the register, or a stale version
	 */
	@Transactional
	public UUID addIntervention(UUID trajectoryId, InterventionForm form, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		return addIntervention(trajectoryId, form, actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	UUID addIntervention(UUID trajectoryId, InterventionForm form, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		long version = Objects.requireNonNull(form.getVersion());
		UUID owner = Objects.requireNonNull(form.getOwnerPartnerId());
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.PLANNING) {
			violations.add(PlanRules.PLAN_NOT_NOW);
		}
		String ownerName = partners.nameOf(new PartnerOrganisationId(owner)).orElse(null);
		if (ownerName == null) {
			violations.add(PlanRules.UNKNOWN_OWNER);
		}
		refuseWhenAny(violations, trajectory, version);
		Intervention added = new Intervention(UUID.randomUUID(), Objects.requireNonNull(form.getDescription()).strip(),
				Objects.requireNonNull(form.getLifeDomain()),
				form.getType() == null ? InterventionType.OTHER : form.getType(), Objects.requireNonNull(form.getKind()), owner,
				Objects.requireNonNull(ownerName), Objects.requireNonNull(form.getPlannedStart()), form.getPlannedEnd());
		List<Intervention> interventions = new ArrayList<>(stored.interventions(trajectoryId, stored.currentNumber(trajectoryId)));
		interventions.add(added);
		int number = stored.currentNumber(trajectoryId) + 1;
		trajectories.change(trajectoryId, version, actor, at, t -> {
			t.addParticipant(new Participant(owner, ownerName, Participant.Role.PARTICIPANT, null));
			t.note(TimelineKind.PLAN_CHANGED, actor, at, added.description(), Integer.toString(number),
					PlanVersion.Change.ADDED.name());
		});
		stored.writeVersion(trajectoryId, number, PlanVersion.Change.ADDED, added.description(), actor, at, interventions);
		audit(AuditAction.CREATE, added.id(), trajectory);
		return added.id();
	}

	/**
	 * Takes an intervention out of the plan in planning (a new plan version, the reason on the timeline).
	 *
	 * @throws TrajectoryRefused not in planning, not in the current plan, or a stale version
	 */
	@Transactional
	public void removeIntervention(UUID trajectoryId, UUID interventionId, long version, @Nullable String reason,
			UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		Trajectory.Actor actor = actorOf(user);
		OffsetDateTime at = now();
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.PLANNING) {
			violations.add(PlanRules.PLAN_NOT_NOW);
		}
		List<Intervention> interventions = new ArrayList<>(stored.interventions(trajectoryId, stored.currentNumber(trajectoryId)));
		if (!interventions.removeIf(i -> i.id().equals(interventionId))) {
			violations.add(PlanRules.UNKNOWN_INTERVENTION);
		}
		refuseWhenAny(violations, trajectory, version);
		String stated = Assessments.blankToNull(reason);
		int number = stored.currentNumber(trajectoryId) + 1;
		trajectories.change(trajectoryId, version, actor, at, t -> t.note(TimelineKind.PLAN_CHANGED, actor, at, stated,
				Integer.toString(number), PlanVersion.Change.REMOVED.name()));
		stored.writeVersion(trajectoryId, number, PlanVersion.Change.REMOVED, stated, actor, at, interventions);
		audit(AuditAction.DELETE, interventionId, trajectory);
	}

	/**
	 * Sends the plan to the partner check (PLANNING → PARTNER_CHECK): each owner partner is asked to commit to
	 * the planned start of each of its interventions that is not confirmed as planned already.
	 *
	 * @throws TrajectoryRefused listing every violated rule: not in planning, deficits not confirmed, no
	 *         intervention, every uncovered deficit domain, self-reliance without trajectory guidance, stale
	 */
	@Transactional
	public void sendToPartnerCheck(UUID trajectoryId, long version, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		sendToPartnerCheck(trajectoryId, version, actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void sendToPartnerCheck(UUID trajectoryId, long version, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		int number = stored.currentNumber(trajectoryId);
		List<Intervention> interventions = stored.interventions(trajectoryId, number);
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.PLANNING) {
			violations.add(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		violations.addAll(PlanCoverage.violations(assessments.confirmedDeficits(trajectoryId), interventions));
		refuseWhenAny(violations, trajectory, version);
		trajectories.change(trajectoryId, version, actor, at,
				t -> Trajectories.move(t, Transition.SEND_TO_PARTNER_CHECK, null, actor, at));
		List<Commitment> earlier = stored.commitments(trajectoryId);
		for (Intervention intervention : interventions) {
			if (earlier.stream().noneMatch(c -> c.confirms(intervention))) {
				ask(trajectoryId, number, intervention, at);
			}
		}
		audit(AuditAction.UPDATE, trajectoryId, trajectory);
	}

	/**
	 * Takes the plan back from the partner check to planning (a partner cannot deliver, or the plan must
	 * change): open requests are withdrawn; confirmed ones stay valid for interventions that do not change.
	 */
	@Transactional
	public void revise(UUID trajectoryId, long version, @Nullable String reason, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		Trajectory.Actor actor = actorOf(user);
		OffsetDateTime at = now();
		Trajectory trajectory = trajectories.change(trajectoryId, version, actor, at,
				t -> Trajectories.move(t, Transition.REVISE_PLAN, reason, actor, at));
		stored.withdrawOpen(trajectoryId);
		audit(AuditAction.UPDATE, trajectoryId, trajectory);
	}

	/**
	 * The intervention and its open request, for a professional of its owner partner who may read the
	 * trajectory; for anyone else it does not exist (404). Audited as a read concerning the client.
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public CommitmentRequest request(UUID interventionId, UserProfile user) {
		UUID trajectoryId = stored.trajectoryOf(interventionId).orElseThrow(TrajectoryNotFound::new);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		Intervention intervention = latestOf(trajectoryId, interventionId);
		if (!intervention.ownerId().equals(user.organisation()) || !access.rightsOf(trajectoryId).read()) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, COMMITMENT_AUDIT_OBJECT,
					interventionId).denied().concerning(trajectory.personId()));
			throw new TrajectoryNotFound();
		}
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, COMMITMENT_AUDIT_OBJECT,
				interventionId).concerning(trajectory.personId()));
		return new CommitmentRequest(trajectoryId, intervention,
				stored.openRequest(interventionId).map(StoredPlans.Request::commitment).orElse(null));
	}

	/**
	 * The owner partner's answer to the open request of an intervention: confirmed, or another start proposed
	 * — the intervention then moves to that date in a new plan version and the partner is asked again. The
	 * intervention manager is told either way. Anyone but a professional of the owner partner who may read the
	 * trajectory gets 404.
	 *
	 * @throws TrajectoryRefused no open request (answered already, or the plan is not in the partner check), or
	 *         a proposed start equal to the planned one
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public void answer(UUID interventionId, CommitmentForm form, UserProfile user) {
		CommitmentRequest request = request(interventionId, user);
		answer(request, form, actorOf(user), now());
	}

	/** Also used by the demo seeding (after its own look-up of the request). */
	void answer(CommitmentRequest request, CommitmentForm form, Trajectory.Actor actor, OffsetDateTime at) {
		Commitment open = request.open();
		UUID trajectoryId = request.trajectoryId();
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		CommitmentForm.Answer answer = Objects.requireNonNull(form.getAnswer());
		LocalDate proposed = form.getProposedStart();
		List<String> violations = new ArrayList<>();
		if (open == null || trajectory.state() != TrajectoryState.PARTNER_CHECK) {
			violations.add(PlanRules.NO_OPEN_REQUEST);
		}
		if (answer == CommitmentForm.Answer.PROPOSE_OTHER_START && open != null
				&& open.plannedStart().equals(proposed)) {
			violations.add(PlanRules.SAME_START);
		}
		if (!violations.isEmpty() || open == null) {
			throw new TrajectoryRefused(violations);
		}
		String note = Assessments.blankToNull(form.getNote());
		String owner = open.ownerName();
		if (answer == CommitmentForm.Answer.CONFIRM) {
			if (!stored.answer(open.id(), CommitmentStatus.CONFIRMED, null, note, actor, at)) {
				throw new TrajectoryRefused(PlanRules.NO_OPEN_REQUEST);
			}
			trajectories.change(trajectoryId, trajectory.version(), actor, at,
					t -> t.note(TimelineKind.COMMITMENT_CONFIRMED, actor, at, note, owner, null));
			tellInterventionManager(trajectory, allCommitmentsConfirmed(trajectoryId)
					? "trajectory.notification.allConfirmed" : "trajectory.notification.commitmentConfirmed", owner, null);
		}
		else {
			LocalDate start = Objects.requireNonNull(proposed);
			if (!stored.answer(open.id(), CommitmentStatus.COUNTER_PROPOSED, start, note, actor, at)) {
				throw new TrajectoryRefused(PlanRules.NO_OPEN_REQUEST);
			}
			List<Intervention> interventions = new ArrayList<>(stored.interventions(trajectoryId, stored.currentNumber(trajectoryId)));
			Intervention moved = request.intervention().startingOn(start);
			interventions.replaceAll(i -> i.id().equals(moved.id()) ? moved : i);
			int number = stored.currentNumber(trajectoryId) + 1;
			trajectories.change(trajectoryId, trajectory.version(), actor, at, t -> {
				t.note(TimelineKind.COMMITMENT_COUNTER_PROPOSED, actor, at, note, owner, dates.date(start));
				t.note(TimelineKind.PLAN_CHANGED, actor, at, note, Integer.toString(number),
						PlanVersion.Change.RESCHEDULED.name());
			});
			stored.writeVersion(trajectoryId, number, PlanVersion.Change.RESCHEDULED, note, actor, at, interventions);
			ask(trajectoryId, number, moved, at);
			tellInterventionManager(trajectory, "trajectory.notification.counterProposed", owner, dates.date(start));
		}
		events.publishEvent(new CommitmentAnswered(open.interventionId(), open.ownerId(), open.requestedAt(), at,
				answer == CommitmentForm.Answer.CONFIRM));
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, COMMITMENT_AUDIT_OBJECT,
				open.interventionId()).concerning(trajectory.personId()));
	}

	/**
	 * Whether the plan can be offered as far as the partner check goes (DESIGN.md §4 rule 5): it has
	 * interventions and each one's owner confirmed its current planned start. The guard of the offer (part B2).
	 */
	@Transactional(readOnly = true)
	public boolean allCommitmentsConfirmed(UUID trajectoryId) {
		return allConfirmed(stored.interventions(trajectoryId, stored.currentNumber(trajectoryId)),
				stored.commitments(trajectoryId));
	}

	/** The open requests to the user's organisation (ids and dates only, for "Mijn werk"). */
	@Transactional(readOnly = true)
	public List<Commitment> openRequestsTo(UUID organisation, int limit) {
		return stored.openRequestsTo(organisation, limit).stream().map(StoredPlans.Request::commitment).toList();
	}

	/** The request of a seeded intervention (demo seeding only: no user, no rights). */
	CommitmentRequest requestForSeeding(UUID interventionId) {
		UUID trajectoryId = stored.trajectoryOf(interventionId).orElseThrow();
		return new CommitmentRequest(trajectoryId, latestOf(trajectoryId, interventionId),
				stored.openRequest(interventionId).map(StoredPlans.Request::commitment).orElse(null));
	}

	private static boolean allConfirmed(List<Intervention> interventions, List<Commitment> commitments) {
		return !interventions.isEmpty()
				&& interventions.stream().allMatch(i -> commitments.stream().anyMatch(c -> c.confirms(i)));
	}

	/** The intervention as the newest plan version that has it describes it. */
	private Intervention latestOf(UUID trajectoryId, UUID interventionId) {
		for (int number = stored.currentNumber(trajectoryId); number > 0; number--) {
			for (Intervention intervention : stored.interventions(trajectoryId, number)) {
				if (intervention.id().equals(interventionId)) {
					return intervention;
				}
			}
		}
		throw new TrajectoryNotFound();
	}

	/** One request: stored, in the inbox of the owner's professionals, and (after commit) as an e-mail notice. */
	private void ask(UUID trajectoryId, int number, Intervention intervention, OffsetDateTime at) {
		stored.request(trajectoryId, number, intervention, at);
		String link = COMMITMENT_PAGE.formatted(intervention.id());
		for (UserDirectory.Member member : users.inOrganisation(intervention.ownerId(), PARTNER_PROFESSIONAL)) {
			notifications.notify(member.id(), "trajectory.notification.commitmentRequested",
					List.of(dates.date(intervention.plannedStart())), link);
		}
		events.publishEvent(new CommitmentRequested(intervention.id(), intervention.ownerId(), intervention.plannedStart()));
	}

	private void tellInterventionManager(Trajectory trajectory, String key, String partner, @Nullable String date) {
		UUID manager = trajectory.interventionManager();
		if (manager != null) {
			List<String> arguments = new ArrayList<>(List.of(partner));
			if (date != null) {
				arguments.add(date);
			}
			notifications.notify(manager, key, arguments, TrajectoryPages.ROOT + "/" + trajectory.id() + "/plan");
		}
	}

	private static void refuseWhenAny(List<String> violations, Trajectory trajectory, long version) {
		Set<String> all = new LinkedHashSet<>(violations);
		if (trajectory.version() != version) {
			all.add(TrajectoryRefused.STALE);
		}
		if (!all.isEmpty()) {
			throw new TrajectoryRefused(List.copyOf(all));
		}
	}

	private void audit(AuditAction action, UUID objectId, Trajectory trajectory) {
		auditLog.record(AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, objectId)
			.concerning(trajectory.personId()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static Trajectory.Actor actorOf(UserProfile user) {
		return new Trajectory.Actor(user.id(), user.displayName());
	}
}
