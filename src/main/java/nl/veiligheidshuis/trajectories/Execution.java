package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.Chain;
import nl.veiligheidshuis.partners.PartnerOrganisation;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.privacy.TrajectoryNotFound;

/**
 * Execution after the contract: the status of each intervention (the first start moves CONTRACTED →
 * IN_EXECUTION), drop-out and escalation with measures of pressure and coercion (owned by the Public
 * Prosecution Service or a municipality), progress reports, completion and aftercare under the municipality's
 * lead; and the deadlines of DESIGN.md §4 rules 6 and 7 ({@link ExecutionDeadlines}). Every change checks the
 * user's right to edit (the intervention manager directing the trajectory) and its own rules, then changes the
 * trajectory in one write (version, timeline, audit) through {@link Trajectories#change}.
 */
@Service
public class Execution {

	static final String AUDIT_OBJECT = "execution";
	/** States in which interventions run or end. */
	static final Set<TrajectoryState> RUNNING = EnumSet.of(TrajectoryState.CONTRACTED, TrajectoryState.IN_EXECUTION,
			TrajectoryState.ESCALATED);
	/** Who may own a measure of pressure or coercion (the covenant: the Public Prosecution Service or a municipality). */
	static final Set<PartnerType> MEASURE_OWNERS = EnumSet.of(PartnerType.PROSECUTION, PartnerType.MUNICIPALITY);

	private final Trajectories trajectories;
	private final StoredTrajectories storedTrajectories;
	private final StoredPlans storedPlans;
	private final StoredExecution stored;
	private final ExecutionDeadlines deadlines;
	private final PartnerOrganisations partners;
	private final TrajectoryAccess access;
	private final AuditLog auditLog;
	private final UserDirectory users;
	private final Notifications notifications;
	private final Clock clock;

	Execution(Trajectories trajectories, StoredTrajectories storedTrajectories, StoredPlans storedPlans,
			StoredExecution stored, ExecutionDeadlines deadlines, PartnerOrganisations partners, TrajectoryAccess access,
			AuditLog auditLog, UserDirectory users, Notifications notifications, Clock clock) {
		this.trajectories = trajectories;
		this.storedTrajectories = storedTrajectories;
		this.storedPlans = storedPlans;
		this.stored = stored;
		this.deadlines = deadlines;
		this.partners = partners;
		this.access = access;
		this.auditLog = auditLog;
		this.users = users;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Offer, contract and execution of a trajectory the signed-in user may read, with its deadlines. Audited. */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public ExecutionOverview overview(UUID trajectoryId) {
		access.requireRead(trajectoryId);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, trajectoryId)
			.concerning(trajectory.personId()));
		return overview(trajectory);
	}

	/**
	 * What the dossier page shows: the dossier with its timeline and the execution overview, after one access
	 * check, read in one transaction and audited as one read (the page is one look at the trajectory).
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public DossierPage dossierPage(UUID trajectoryId) {
		access.requireRead(trajectoryId);
		Trajectory trajectory = storedTrajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				Trajectories.AUDIT_OBJECT, trajectoryId).concerning(trajectory.personId()));
		return new DossierPage(trajectories.dossierOf(trajectory), overview(trajectory));
	}

	/** The dossier and its execution overview, as the dossier page shows them. */
	public record DossierPage(TrajectoryDossier dossier, ExecutionOverview overview) {
	}

	ExecutionOverview overview(Trajectory trajectory) {
		UUID id = trajectory.id();
		List<Offer> offers = stored.offers(id);
		List<InterventionProgress> interventions = progressOf(id);
		List<ProgressReport> reports = stored.reports(id);
		Offer contract = offers.stream().filter(Offer::accepted).reduce((a, b) -> b).orElse(null);
		LocalDate firstStartDue = null;
		boolean firstStartOverdue = false;
		LocalDate progressDue = null;
		boolean progressOverdue = false;
		if (trajectory.state() == TrajectoryState.CONTRACTED && contract != null && contract.acceptedOn() != null) {
			firstStartDue = deadlines.firstStartDue(contract.acceptedOn());
			firstStartOverdue = deadlines.firstStartOverdue(contract.acceptedOn());
		}
		LocalDate since = progressSince(contract, interventions, reports);
		if (trajectory.state() == TrajectoryState.IN_EXECUTION && since != null) {
			progressDue = deadlines.progressReportDue(since);
			progressOverdue = deadlines.progressReportOverdue(since);
		}
		return new ExecutionOverview(id, trajectory.version(), trajectory.state(), offers, interventions,
				stored.measures(id), reports, firstStartDue, firstStartOverdue, progressDue, progressOverdue);
	}

	/** The start of execution under the contract in force (its first started intervention), or the last report after it. */
	private static @Nullable LocalDate progressSince(@Nullable Offer contract, List<InterventionProgress> interventions,
			List<ProgressReport> reports) {
		LocalDate acceptedOn = contract == null ? null : contract.acceptedOn();
		Optional<LocalDate> started = interventions.stream().map(InterventionProgress::startedOn).filter(Objects::nonNull)
			.filter(on -> acceptedOn == null || !on.isBefore(acceptedOn)).min(Comparator.naturalOrder());
		if (started.isEmpty()) {
			return null;
		}
		LocalDate since = started.get();
		for (ProgressReport report : reports) {
			if (report.reportedOn().isAfter(since)) {
				since = report.reportedOn();
			}
		}
		return since;
	}

	private List<InterventionProgress> progressOf(UUID trajectoryId) {
		Map<UUID, StoredExecution.Status> statuses = stored.statuses(trajectoryId);
		return storedPlans.interventions(trajectoryId, storedPlans.currentNumber(trajectoryId)).stream().map(i -> {
			StoredExecution.Status status = statuses.get(i.id());
			return status == null ? new InterventionProgress(i, InterventionStatus.PLANNED, null, null)
					: new InterventionProgress(i, status.status(), status.startedOn(), status.endedOn());
		}).toList();
	}

	/**
	 * An intervention of the current plan started, was completed or stopped. The first start under a contract
	 * moves the trajectory to execution (CONTRACTED → IN_EXECUTION) in the same write.
	 *
	 * @throws TrajectoryRefused listing every violated rule
	 */
	@Transactional
	public void changeStatus(UUID trajectoryId, UUID interventionId, InterventionStatusForm form, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		changeStatus(trajectoryId, interventionId, form, Contracts.actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void changeStatus(UUID trajectoryId, UUID interventionId, InterventionStatusForm form, Trajectory.Actor actor,
			OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		InterventionStatus next = Objects.requireNonNull(form.getStatus());
		LocalDate today = at.atZoneSameInstant(clock.getZone()).toLocalDate();
		List<String> violations = new ArrayList<>();
		if (!RUNNING.contains(trajectory.state())) {
			violations.add(OfferRules.EXECUTION_NOT_NOW);
		}
		InterventionProgress current = progressOf(trajectoryId).stream()
			.filter(p -> p.intervention().id().equals(interventionId)).findFirst().orElse(null);
		if (current == null) {
			violations.add(PlanRules.UNKNOWN_INTERVENTION);
		}
		else if (!current.status().mayBecome(next)) {
			violations.add(OfferRules.STATUS_NOT_ALLOWED);
		}
		LocalDate startedOn = next == InterventionStatus.STARTED ? form.getStartedOn()
				: current == null ? null : current.startedOn();
		LocalDate endedOn = next == InterventionStatus.STARTED ? null : form.getEndedOn();
		if (next == InterventionStatus.STARTED && startedOn == null) {
			violations.add(OfferRules.STARTED_ON_REQUIRED);
		}
		if (next != InterventionStatus.STARTED && endedOn == null) {
			violations.add(OfferRules.ENDED_ON_REQUIRED);
		}
		if ((startedOn != null && next == InterventionStatus.STARTED && startedOn.isAfter(today))
				|| (endedOn != null && endedOn.isAfter(today))) {
			violations.add(OfferRules.DATE_IN_FUTURE);
		}
		if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
			violations.add(OfferRules.ENDED_BEFORE_START);
		}
		Contracts.refuseWhenAny(violations, trajectory, Objects.requireNonNull(form.getVersion()));
		Intervention intervention = Objects.requireNonNull(current).intervention();
		String note = Assessments.blankToNull(form.getNote());
		trajectories.change(trajectoryId, form.getVersion(), actor, at, t -> {
			t.note(TimelineKind.INTERVENTION_STATUS_CHANGED, actor, at, note, intervention.description(), next.name());
			if (next == InterventionStatus.STARTED && t.state() == TrajectoryState.CONTRACTED) {
				Trajectories.move(t, Transition.START_EXECUTION, null, actor, at);
			}
		});
		stored.status(trajectoryId, interventionId, new StoredExecution.Status(next, startedOn, endedOn), actor, at);
	}

	/**
	 * The client dropped out of execution (IN_EXECUTION → ESCALATED), with the reason.
	 *
	 * @throws TrajectoryRefused not in execution, stale
	 */
	@Transactional
	public void dropOut(UUID trajectoryId, long version, String reason, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		trajectories.advance(trajectoryId, version, Transition.DROP_OUT, reason.strip(), Contracts.actorOf(user), now());
	}

	/**
	 * A measure of pressure or coercion while the trajectory is escalated, owned by the Public Prosecution
	 * Service or a municipality of the partner register (who then takes part in the trajectory).
	 *
	 * @throws TrajectoryRefused not escalated, an owner that is neither, a care measure, stale
	 */
	@Transactional
	public UUID addMeasure(UUID trajectoryId, EscalationMeasureForm form, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		return addMeasure(trajectoryId, form, Contracts.actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	UUID addMeasure(UUID trajectoryId, EscalationMeasureForm form, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.ESCALATED) {
			violations.add(OfferRules.ESCALATION_NOT_NOW);
		}
		PartnerOrganisation owner = partners.find(new PartnerOrganisationId(Objects.requireNonNull(form.getOwnerPartnerId())))
			.orElse(null);
		if (owner == null || !MEASURE_OWNERS.contains(owner.type())) {
			violations.add(OfferRules.MEASURE_OWNER);
		}
		InterventionKind kind = Objects.requireNonNull(form.getKind());
		if (kind == InterventionKind.CARE) {
			violations.add(OfferRules.MEASURE_KIND);
		}
		LocalDate startsOn = Objects.requireNonNull(form.getStartsOn());
		if (form.getEndsOn() != null && form.getEndsOn().isBefore(startsOn)) {
			violations.add(OfferRules.ENDED_BEFORE_START);
		}
		Contracts.refuseWhenAny(violations, trajectory, Objects.requireNonNull(form.getVersion()));
		PartnerOrganisation by = Objects.requireNonNull(owner);
		EscalationMeasure measure = new EscalationMeasure(UUID.randomUUID(),
				Objects.requireNonNull(form.getDescription()).strip(), kind, by.id().value(), by.name(), startsOn,
				form.getEndsOn(), Assessments.blankToNull(form.getOutcome()), at, actor.name());
		trajectories.change(trajectoryId, form.getVersion(), actor, at, t -> {
			t.addParticipant(new Participant(by.id().value(), by.name(), Participant.Role.PARTICIPANT, null));
			t.note(TimelineKind.ESCALATION_MEASURE_RECORDED, actor, at, measure.description(), by.name(), kind.name());
		});
		stored.measure(trajectoryId, measure);
		return measure.id();
	}

	/**
	 * The outcome of a measure (and the date it ended), in any open state: a measure may end after the revised
	 * plan was offered.
	 *
	 * @throws TrajectoryRefused an unknown measure, an end before its start, stale
	 */
	@Transactional
	public void recordOutcome(UUID trajectoryId, UUID measureId, MeasureOutcomeForm form, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		Trajectory.Actor actor = Contracts.actorOf(user);
		OffsetDateTime at = now();
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		EscalationMeasure measure = stored.measures(trajectoryId).stream().filter(m -> m.id().equals(measureId)).findFirst()
			.orElse(null);
		List<String> violations = new ArrayList<>();
		if (measure == null) {
			violations.add(OfferRules.UNKNOWN_MEASURE);
		}
		else if (form.getEndsOn() != null && form.getEndsOn().isBefore(measure.startsOn())) {
			violations.add(OfferRules.ENDED_BEFORE_START);
		}
		Contracts.refuseWhenAny(violations, trajectory, Objects.requireNonNull(form.getVersion()));
		String outcome = Objects.requireNonNull(form.getOutcome()).strip();
		trajectories.change(trajectoryId, form.getVersion(), actor, at, t -> t.note(TimelineKind.ESCALATION_OUTCOME_RECORDED,
				actor, at, outcome, Objects.requireNonNull(measure).ownerName(), null));
		stored.outcome(trajectoryId, measureId, outcome, form.getEndsOn());
	}

	/**
	 * A progress report in execution or aftercare: free text and/or a text per life domain.
	 *
	 * @throws TrajectoryRefused not now, nothing written, a date in the future, stale
	 */
	@Transactional
	public UUID report(UUID trajectoryId, ProgressReportForm form, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		return report(trajectoryId, form, Contracts.actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	UUID report(UUID trajectoryId, ProgressReportForm form, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		LocalDate reportedOn = Objects.requireNonNull(form.getReportedOn());
		Map<LifeDomain, String> domains = new EnumMap<>(LifeDomain.class);
		form.getDomains().forEach((domain, text) -> {
			if (domain != null && text != null && !text.isBlank()) {
				domains.put(domain, text.strip());
			}
		});
		String text = Assessments.blankToNull(form.getText());
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.IN_EXECUTION && trajectory.state() != TrajectoryState.AFTERCARE) {
			violations.add(OfferRules.PROGRESS_NOT_NOW);
		}
		if (text == null && domains.isEmpty()) {
			violations.add(OfferRules.PROGRESS_EMPTY);
		}
		if (reportedOn.isAfter(at.atZoneSameInstant(clock.getZone()).toLocalDate())) {
			violations.add(OfferRules.DATE_IN_FUTURE);
		}
		Contracts.refuseWhenAny(violations, trajectory, Objects.requireNonNull(form.getVersion()));
		ProgressReport report = new ProgressReport(UUID.randomUUID(), reportedOn, text, domains, actor.name(), at);
		trajectories.change(trajectoryId, form.getVersion(), actor, at,
				t -> t.note(TimelineKind.PROGRESS_REPORTED, actor, at, null, reportedOn.toString(), null));
		stored.report(trajectoryId, report, actor.id());
		return report.id();
	}

	/**
	 * The plan was carried out (IN_EXECUTION → COMPLETED): every intervention completed or stopped.
	 *
	 * @throws TrajectoryRefused not in execution, an intervention still planned or running, stale
	 */
	@Transactional
	public void complete(UUID trajectoryId, long version, @Nullable String reason, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		complete(trajectoryId, version, reason, Contracts.actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void complete(UUID trajectoryId, long version, @Nullable String reason, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<String> violations = new ArrayList<>();
		if (trajectory.state() != TrajectoryState.IN_EXECUTION) {
			violations.add(TrajectoryRefused.NOT_ALLOWED_NOW);
		}
		if (progressOf(trajectoryId).stream().anyMatch(p -> p.status() == InterventionStatus.PLANNED
				|| p.status() == InterventionStatus.STARTED)) {
			violations.add(OfferRules.PLANNED_INTERVENTIONS_OPEN);
		}
		Contracts.refuseWhenAny(violations, trajectory, version);
		trajectories.advance(trajectoryId, version, Transition.COMPLETE, reason, actor, at);
	}

	/**
	 * Aftercare starts under the municipality's lead (COMPLETED → AFTERCARE): the aftercare chain lead taking part
	 * is named on the timeline and its professionals find a message in their inbox.
	 */
	@Transactional
	public void startAftercare(UUID trajectoryId, long version, @Nullable String reason, UserProfile user) {
		Assessments.requireEdit(access, trajectoryId);
		startAftercare(trajectoryId, version, reason, Contracts.actorOf(user), now());
	}

	/** Also used by the demo seeding. */
	void startAftercare(UUID trajectoryId, long version, @Nullable String reason, Trajectory.Actor actor,
			OffsetDateTime at) {
		Trajectory trajectory = trajectories.change(trajectoryId, version, actor, at,
				t -> Trajectories.move(t, Transition.START_AFTERCARE, reason, actor, at));
		trajectory.participants().stream().filter(p -> p.chain() == Chain.AFTERCARE).findFirst()
			.ifPresent(lead -> users.inOrganisation(lead.organisationId(), InterventionPlans.PARTNER_PROFESSIONAL)
				.forEach(member -> notifications.notify(member.id(), "trajectory.notification.aftercare", List.of(),
						Trajectories.PAGE + trajectoryId)));
	}

	/** How many of this intervention manager's contracts have no started intervention after the 7 days (for "Mijn werk"). */
	@Transactional(readOnly = true)
	public int overdueFirstStarts(UUID interventionManager) {
		return (int) ownIn(interventionManager, TrajectoryState.CONTRACTED).stream()
			.filter(t -> overview(t).firstStartOverdue()).count();
	}

	/** How many of this intervention manager's trajectories in execution have an overdue progress report. */
	@Transactional(readOnly = true)
	public int overdueProgressReports(UUID interventionManager) {
		return (int) ownIn(interventionManager, TrajectoryState.IN_EXECUTION).stream()
			.filter(t -> overview(t).progressReportOverdue()).count();
	}

	private List<Trajectory> ownIn(UUID interventionManager, TrajectoryState state) {
		return storedTrajectories.where("intervention_manager = :m AND state = :s",
				Map.of("m", interventionManager, "s", state.name()));
	}


	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
