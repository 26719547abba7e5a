package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.privacy.TrajectoryNotFound;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * Assessments ("diagnose"): the intervention manager records an instrument's result — we record, we never
 * compute a licensed instrument — and confirms (or changes) the deficits the {@link DeficitMapping} proposes.
 * Adults get RISc or ZRM, minors a youth instrument. The first assessment moves an assigned trajectory to
 * ASSESSMENT; confirming the deficits moves it to PLANNING. The details are shown only to who holds
 * {@link TrajectoryRights#readAssessment()}; every read and change is audited concerning the client.
 */
@Service
public class Assessments {

	static final String AUDIT_OBJECT = "assessment";
	/** Age of majority: on the 18th birthday a person is an adult (as the selection module counts age). */
	static final int ADULT = 18;

	private static final Set<TrajectoryState> RECORDABLE = EnumSet.of(TrajectoryState.ASSIGNED, TrajectoryState.ASSESSMENT,
			TrajectoryState.PLANNING);

	private final Trajectories trajectories;
	private final StoredAssessments stored;
	private final DeficitMapping mapping;
	private final Persons persons;
	private final TrajectoryAccess access;
	private final AuditLog auditLog;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	Assessments(Trajectories trajectories, StoredAssessments stored, DeficitMapping mapping, Persons persons,
			TrajectoryAccess access, AuditLog auditLog, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.trajectories = trajectories;
		this.stored = stored;
		this.mapping = mapping;
		this.persons = persons;
		this.access = access;
		this.auditLog = auditLog;
		this.clock = clock;
		this.events = events;
	}

	/** The data of a validated {@link AssessmentForm}. */
	record Command(Instrument instrument, LocalDate assessedOn, Map<String, Integer> scores, @Nullable RiskLevel overallRisk,
			@Nullable String result, @Nullable String judgement) {

		static Command of(AssessmentForm form) {
			return new Command(java.util.Objects.requireNonNull(form.getInstrument()),
					java.util.Objects.requireNonNull(form.getAssessedOn()), form.validScores(), form.getOverallRisk(),
					blankToNull(form.getResult()), blankToNull(form.getJudgement()));
		}
	}

	/**
	 * The assessments of a trajectory the signed-in user may read, latest first; the details only with the
	 * right to read assessments. Audited as a read concerning the client (a denied look: 404 and audited).
	 */
	@Transactional
	@PreAuthorize(Trajectories.MAY_LIST)
	public List<AssessmentSummary> of(UUID trajectoryId) {
		TrajectoryRights rights = access.requireRead(trajectoryId);
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<StoredAssessments.Stored> found = stored.of(trajectoryId);
		if (!found.isEmpty()) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
					rights.readAssessment() ? AUDIT_OBJECT : AUDIT_OBJECT + "-existence", trajectoryId)
				.concerning(trajectory.personId()));
		}
		return found.stream().map(a -> summary(a, rights.readAssessment())).toList();
	}

	/**
	 * Records an instrument's result for the trajectory (the intervention manager directing it).
	 *
	 * @throws TrajectoryRefused listing every rule broken: the trajectory is not assigned, in assessment or in
	 *         planning; an adult instrument for a minor or a youth instrument for an adult; a stale version
	 */
	@Transactional
	public UUID record(UUID trajectoryId, long version, Command command, UserProfile user) {
		requireEdit(access, trajectoryId);
		return record(trajectoryId, version, command, new Trajectory.Actor(user.id(), user.displayName()),
				OffsetDateTime.now(clock));
	}

	/** Also used by the demo seeding. */
	UUID record(UUID trajectoryId, long version, Command command, Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<String> violations = new ArrayList<>();
		if (!RECORDABLE.contains(trajectory.state())) {
			violations.add(PlanRules.ASSESSMENT_NOT_NOW);
		}
		PersonName client = persons.names(List.of(trajectory.personId())).get(trajectory.personId());
		LocalDate born = client == null ? null : client.dateOfBirth();
		if (born != null) {
			boolean minor = minorOn(born, command.assessedOn());
			if (minor && !command.instrument().youth()) {
				violations.add(PlanRules.YOUTH_INSTRUMENT_FOR_MINOR);
			}
			if (!minor && command.instrument().youth()) {
				violations.add(PlanRules.ADULT_INSTRUMENT_FOR_ADULT);
			}
		}
		if (trajectory.version() != version) {
			violations.add(TrajectoryRefused.STALE);
		}
		if (!violations.isEmpty()) {
			throw new TrajectoryRefused(violations);
		}
		UUID id = UUID.randomUUID();
		trajectories.change(trajectoryId, version, actor, at, t -> {
			if (t.state() == TrajectoryState.ASSIGNED) {
				Trajectories.move(t, Transition.START_ASSESSMENT, null, actor, at);
			}
			t.note(TimelineKind.ASSESSMENT_RECORDED, actor, at, null, command.instrument().name(), null);
		});
		stored.insert(new StoredAssessments.Stored(id, trajectoryId, command.instrument(), command.assessedOn(),
				command.overallRisk(), command.result(), command.judgement(), command.scores(),
				mapping.propose(command.instrument(), command.scores()), null, null, null, at, actor.name()), actor.id());
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(trajectory.personId()));
		events.publishEvent(new AssessmentRecorded(id, trajectoryId, trajectory.personId(), command.instrument(),
				command.assessedOn(), Map.copyOf(command.scores())));
		return id;
	}

	/**
	 * Confirms the deficits of the latest assessment, as proposed or changed; from ASSESSMENT the trajectory
	 * moves on to PLANNING. Confirming again (in planning) replaces the deficits the plan must cover.
	 *
	 * @throws TrajectoryRefused not the latest assessment, not in assessment or planning, or a stale version
	 */
	@Transactional
	public void confirm(UUID trajectoryId, UUID assessmentId, Set<LifeDomain> deficits, long version, UserProfile user) {
		requireEdit(access, trajectoryId);
		confirm(trajectoryId, assessmentId, deficits, version, new Trajectory.Actor(user.id(), user.displayName()),
				OffsetDateTime.now(clock));
	}

	/** Also used by the demo seeding. */
	void confirm(UUID trajectoryId, UUID assessmentId, Set<LifeDomain> deficits, long version, Trajectory.Actor actor,
			OffsetDateTime at) {
		Trajectory trajectory = trajectories.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		List<String> violations = new ArrayList<>();
		StoredAssessments.Stored latest = stored.latest(trajectoryId).orElse(null);
		if (latest == null || !latest.id().equals(assessmentId)) {
			violations.add(PlanRules.NOT_LATEST_ASSESSMENT);
		}
		if (trajectory.state() != TrajectoryState.ASSESSMENT && trajectory.state() != TrajectoryState.PLANNING) {
			violations.add(PlanRules.CONFIRMATION_NOT_NOW);
		}
		if (trajectory.version() != version) {
			violations.add(TrajectoryRefused.STALE);
		}
		if (!violations.isEmpty()) {
			throw new TrajectoryRefused(violations);
		}
		trajectories.change(trajectoryId, version, actor, at, t -> {
			t.note(TimelineKind.DEFICITS_CONFIRMED, actor, at, null, null, null);
			if (t.state() == TrajectoryState.ASSESSMENT) {
				Trajectories.move(t, Transition.START_PLANNING, null, actor, at);
			}
		});
		stored.confirm(assessmentId, deficits.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(deficits), at,
				actor.name());
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				assessmentId).concerning(trajectory.personId()));
	}

	/**
	 * The deficits the plan must cover: those confirmed for the latest assessment; {@code null} when there is
	 * no assessment or its deficits are not confirmed yet.
	 */
	@Nullable
	Set<LifeDomain> confirmedDeficits(UUID trajectoryId) {
		return stored.latest(trajectoryId).map(StoredAssessments.Stored::confirmed).orElse(null);
	}

	/** Whether a person born on this date is under 18 on the given day: 18 on the 18th birthday, as selection counts. */
	static boolean minorOn(LocalDate dateOfBirth, LocalDate on) {
		return Period.between(dateOfBirth, on).getYears() < ADULT;
	}

	/** The signed-in user directs the trajectory (may edit it); otherwise 403, or 404 without the right to read. */
	static void requireEdit(TrajectoryAccess access, UUID trajectoryId) {
		if (!access.requireRead(trajectoryId).edit()) {
			throw new AccessDeniedException("Not allowed on this trajectory");
		}
	}

	private static AssessmentSummary summary(StoredAssessments.Stored a, boolean details) {
		return new AssessmentSummary(a.id(), a.assessedOn(), a.recordedAt(), a.recordedByName(), a.confirmed() != null,
				details ? new AssessmentSummary.Details(a.instrument(), a.scores(), a.overallRisk(), a.result(), a.judgement(),
						a.proposed(), a.confirmed(), a.confirmedAt(), a.confirmedByName()) : null);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
