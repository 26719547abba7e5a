package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.intake.ReferralAccepted;
import nl.veiligheidshuis.intake.ReferralKind;
import nl.veiligheidshuis.intake.Referrals;
import nl.veiligheidshuis.partners.Chain;
import nl.veiligheidshuis.partners.ChainLeads;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.DataCategory;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.privacy.TrajectoryAccessFacts;
import nl.veiligheidshuis.privacy.TrajectoryNotFound;
import nl.veiligheidshuis.privacy.TrajectoryRights;
import nl.veiligheidshuis.selection.PriorityLists;

/**
 * The public API of the trajectories module: start a trajectory (from the priority list, or urgently from an
 * accepted referral), list and read what the user may see, assign and reassign the intervention manager, close
 * with a reason, and the caseload. Every read is audited concerning the clients shown; every change is checked
 * against the user's {@link TrajectoryRights}, the {@link Transition} table and the version the user saw.
 */
@Service
public class Trajectories {

	/** Who starts trajectories and sees who could start one. */
	public static final String MAY_START = "hasRole('HOUSE_MANAGER')";
	/** The roles that may hold rights on a trajectory; each trajectory is further checked (need-to-know). */
	public static final String MAY_LIST = "hasAnyRole('INTERVENTION_MANAGER', 'HOUSE_MANAGER', 'SECRETARIAT', 'PARTNER_PROFESSIONAL')";
	/** The role whose members direct trajectories. */
	public static final String INTERVENTION_MANAGER = "INTERVENTION_MANAGER";

	static final String AUDIT_OBJECT = "trajectory";
	/** The dossier page, also the link of inbox messages about a trajectory. */
	static final String PAGE = "/trajecten/";
	/** Lists show at most this many trajectories, newest first. */
	static final int MAX_LISTED = 500;

	private final StoredTrajectories stored;
	private final ObjectProvider<TimelineSource> timelineSources;
	private final PriorityLists priorityLists;
	private final Referrals referrals;
	private final ChainLeads chainLeads;
	private final PartnerOrganisations partners;
	private final Persons persons;
	private final TrajectoryAccess access;
	private final AuditLog auditLog;
	private final UserDirectory users;
	private final Notifications notifications;
	private final Clock clock;

	Trajectories(StoredTrajectories stored, PriorityLists priorityLists, Referrals referrals, ChainLeads chainLeads,
			PartnerOrganisations partners, Persons persons, TrajectoryAccess access, AuditLog auditLog, UserDirectory users,
			Notifications notifications, Clock clock, ObjectProvider<TimelineSource> timelineSources) {
		this.stored = stored;
		this.timelineSources = timelineSources;
		this.priorityLists = priorityLists;
		this.referrals = referrals;
		this.chainLeads = chainLeads;
		this.partners = partners;
		this.persons = persons;
		this.access = access;
		this.auditLog = auditLog;
		this.users = users;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Starts a trajectory (state SELECTED) after checking every start rule at once: the person is on the
	 * current priority list, or the referral is accepted, not started before and the urgency has a reason; the
	 * person has no open trajectory; the target group is clear; the partners are in the register.
	 *
	 * @throws TrajectoryRefused listing every rule the command breaks
	 */
	@Transactional
	@PreAuthorize(MAY_START)
	public UUID start(StartCommand command, UserProfile actor) {
		return start(command, actorOf(actor), now());
	}

	/** Also used by the demo seeding, which starts trajectories at given moments. */
	UUID start(StartCommand command, Trajectory.Actor actor, OffsetDateTime at) {
		List<String> violations = new ArrayList<>();
		UUID person = null;
		Set<TargetGroup> offered = Set.of();
		UUID listId = null;
		UUID referrer = null;
		switch (command) {
			case StartCommand.FromPriorityList fromList -> {
				Optional<PriorityLists.PriorityList> current = priorityLists.current();
				if (current.isEmpty()) {
					violations.add(TrajectoryRules.NO_CURRENT_LIST);
				}
				else {
					listId = current.get().id();
					Optional<PriorityLists.Entry> entry = priorityLists.entries(listId).stream()
						.filter(e -> e.personId().equals(fromList.personId())).findFirst();
					if (entry.isEmpty()) {
						violations.add(TrajectoryRules.NOT_ON_LIST);
					}
					else {
						person = fromList.personId();
						offered = entry.get().category() == null ? Set.of() : Set.of(entry.get().category());
					}
				}
			}
			case StartCommand.FromUrgentReferral urgent -> {
				Optional<ReferralAccepted> accepted = referrals.acceptedReferrals().stream()
					.filter(r -> r.referralId().equals(urgent.referralId())).findFirst();
				if (accepted.isEmpty()) {
					violations.add(TrajectoryRules.REFERRAL_NOT_ACCEPTED);
				}
				else {
					person = accepted.get().personId();
					offered = accepted.get().targetGroups();
					referrer = accepted.get().organisationId();
					if (stored.referralsStarted().contains(urgent.referralId())) {
						violations.add(TrajectoryRules.REFERRAL_STARTED);
					}
				}
				if (urgent.reason().isBlank()) {
					violations.add(TrajectoryRules.URGENT_REASON_REQUIRED);
				}
			}
		}
		if (person != null && stored.hasOpenTrajectory(person)) {
			violations.add(TrajectoryRules.OPEN_TRAJECTORY);
		}
		TargetGroup targetGroup = targetGroup(offered, command.targetGroup());
		if (person != null && targetGroup == null) {
			violations.add(TrajectoryRules.TARGET_GROUP);
		}
		List<Participant> participants = new ArrayList<>();
		for (UUID partner : command.partners()) {
			partners.nameOf(new PartnerOrganisationId(partner)).ifPresentOrElse(
					name -> participants.add(new Participant(partner, name, Participant.Role.PARTICIPANT, null)),
					() -> violations.add(TrajectoryRules.UNKNOWN_PARTNER));
		}
		if (!violations.isEmpty()) {
			throw new TrajectoryRefused(violations.stream().distinct().toList());
		}
		if (person == null || targetGroup == null) {
			throw new IllegalStateException("Every path without a person or target group is a violation");
		}
		for (Chain chain : LeadChains.of(targetGroup)) {
			chainLeads.of(chain).ifPresent(lead -> participants.add(
					new Participant(lead.organisation().id().value(), lead.organisation().name(), Participant.Role.CHAIN_LEAD, chain)));
		}
		if (referrer != null) {
			UUID referring = referrer;
			partners.nameOf(new PartnerOrganisationId(referring)).ifPresent(
					name -> participants.add(new Participant(referring, name, Participant.Role.REFERRER, null)));
		}
		Trajectory trajectory = switch (command) {
			case StartCommand.FromPriorityList fromList -> Trajectory.fromPriorityList(person, targetGroup,
					Objects.requireNonNull(listId), participants, actor, at);
			case StartCommand.FromUrgentReferral urgent -> Trajectory.fromUrgentReferral(person, targetGroup,
					urgent.referralId(), urgent.reason(), participants, actor, at);
		};
		stored.save(trajectory);
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				trajectory.id()).concerning(person));
		return trajectory.id();
	}

	/**
	 * The target group: the source's only one (a chosen one must agree with it); one chosen from the source's
	 * several; the chosen one when the source names none (a person nominated onto the list without a category).
	 */
	static @Nullable TargetGroup targetGroup(Set<TargetGroup> offered, @Nullable TargetGroup chosen) {
		if (offered.isEmpty()) {
			return chosen;
		}
		if (chosen == null) {
			return offered.size() == 1 ? offered.iterator().next() : null;
		}
		return offered.contains(chosen) ? chosen : null;
	}

	/**
	 * The trajectories the signed-in user may read (need-to-know per trajectory), newest first, optionally of
	 * one state and one intervention manager. Audited as one read concerning every client listed.
	 */
	@Transactional
	@PreAuthorize(MAY_LIST)
	public List<TrajectorySummary> visible(@Nullable TrajectoryState state, @Nullable UUID interventionManager) {
		UserProfile user = currentUser();
		Set<String> authorities = authorities();
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!authorities.contains("ROLE_HOUSE_MANAGER") && !authorities.contains("ROLE_SECRETARIAT")) {
			conditions.add("""
					(intervention_manager = :me OR id IN (SELECT trajectory_id FROM trajectories_participant
					 WHERE organisation_id = :organisation))""");
			params.put("me", user.id());
			params.put("organisation", user.organisation());
		}
		if (state != null) {
			conditions.add("state = :state");
			params.put("state", state.name());
		}
		if (interventionManager != null) {
			conditions.add("intervention_manager = :manager");
			params.put("manager", interventionManager);
		}
		List<Trajectory> candidates = stored.where(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
		Map<UUID, TrajectoryRights> rights = access.rightsOf(candidates.stream().map(Trajectories::facts).toList());
		List<Trajectory> readable = candidates.stream()
			.filter(t -> rights.getOrDefault(t.id(), TrajectoryRights.NONE).read())
			.limit(MAX_LISTED)
			.toList();
		Map<UUID, PersonName> names = persons.names(readable.stream().map(Trajectory::personId).toList());
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory-list", null)
			.concerning(readable.stream().map(Trajectory::personId).distinct().toList()));
		return readable.stream()
			.map(t -> summary(t, names.get(t.personId()),
					rights.getOrDefault(t.id(), TrajectoryRights.NONE).sees(DataCategory.IDENTITY)))
			.toList();
	}

	/**
	 * One trajectory with its timeline, when the signed-in user may read it ({@code privacy.TrajectoryScope}
	 * checked that already on the web paths; checked again here for every other caller). Audited as a read
	 * concerning the client.
	 */
	@Transactional
	@PreAuthorize(MAY_LIST)
	public TrajectoryDossier dossier(UUID trajectoryId) {
		access.requireRead(trajectoryId);
		Trajectory trajectory = stored.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, trajectoryId)
			.concerning(trajectory.personId()));
		return dossierOf(trajectory);
	}

	/**
	 * The dossier of a trajectory already loaded, for a caller that checked the access and audits the read. Only the
	 * fields of the categories of data the reader's rights cover (field-level data minimisation).
	 */
	TrajectoryDossier dossierOf(Trajectory trajectory) {
		UUID trajectoryId = trajectory.id();
		TrajectoryRights rights = access.rightsOf(trajectoryId);
		boolean identity = rights.sees(DataCategory.IDENTITY);
		PersonName name = persons.names(List.of(trajectory.personId())).get(trajectory.personId());
		return new TrajectoryDossier(trajectory.id(), trajectory.version(), trajectory.personId(),
				name == null ? "" : name.displayName(), name == null || !identity ? null : name.dateOfBirth(),
				trajectory.targetGroup(),
				trajectory.state(), trajectory.origin(), trajectory.priorityListId(), trajectory.referralId(),
				trajectory.urgentReason(), trajectory.interventionManager(), trajectory.interventionManagerName(),
				trajectory.startedAt(), trajectory.stateChangedAt(), trajectory.closureReason(),
				trajectory.closureExplanation(), trajectory.participants(), timeline(trajectoryId),
				Arrays.stream(DataCategory.values()).filter(category -> !rights.sees(category)).toList());
	}

	/** The trajectory's own timeline with the entries other modules keep about it, oldest first. */
	private List<TimelineEntry> timeline(UUID trajectoryId) {
		List<TimelineEntry> entries = new ArrayList<>(stored.timeline(trajectoryId));
		timelineSources.orderedStream().forEach(source -> entries.addAll(source.entriesOf(trajectoryId)));
		// Stable: entries of the same instant keep the trajectory's own order first.
		entries.sort(Comparator.comparing(TimelineEntry::at));
		return entries;
	}

	/**
	 * Assigns the trajectory to an intervention manager, or reassigns it (the timeline keeps who had it). The
	 * new manager finds a message in their inbox, the previous one is told it went to someone else. Needs the
	 * right to assign (the house manager).
	 *
	 * @param version the version the user saw; another change since then refuses this one
	 * @throws TrajectoryRefused stale version, closed trajectory, the same manager, or not an intervention manager
	 */
	@Transactional
	public void assign(UUID trajectoryId, long version, UUID interventionManager, @Nullable String reason,
			UserProfile actor) {
		require(trajectoryId, TrajectoryRights::assign);
		assign(trajectoryId, version, interventionManager, reason, actorOf(actor), now());
	}

	/** Also used by the demo seeding. */
	void assign(UUID trajectoryId, long version, UUID interventionManager, @Nullable String reason,
			Trajectory.Actor actor, OffsetDateTime at) {
		Trajectory trajectory = load(trajectoryId, version);
		UserDirectory.Member manager = interventionManagers().stream()
			.filter(member -> member.id().equals(interventionManager)).findFirst()
			.orElseThrow(() -> new TrajectoryRefused(TrajectoryRules.NOT_AN_INTERVENTION_MANAGER));
		UUID previous = trajectory.interventionManager();
		trajectory.assign(manager.id(), manager.displayName(), reason, actor, at);
		stored.save(trajectory);
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				trajectoryId).concerning(trajectory.personId()));
		notifications.notify(manager.id(), "trajectory.notification.assigned", List.of(), PAGE + trajectoryId);
		if (previous != null) {
			notifications.notify(previous, "trajectory.notification.reassignedAway", List.of(manager.displayName()), null);
		}
	}

	/**
	 * Closes an open trajectory with a reason of the fixed list (words needed for "other"). Needs the right to
	 * close (the intervention manager directing it, or the house manager).
	 *
	 * @throws TrajectoryRefused stale version, already closed, or "other" without an explanation
	 */
	@Transactional
	public void close(UUID trajectoryId, long version, ClosureReason reason, @Nullable String explanation,
			UserProfile actor) {
		require(trajectoryId, TrajectoryRights::close);
		close(trajectoryId, version, reason, explanation, actorOf(actor), now());
	}

	/** Also used by the demo seeding. */
	void close(UUID trajectoryId, long version, ClosureReason reason, @Nullable String explanation, Trajectory.Actor actor,
			OffsetDateTime at) {
		Trajectory trajectory = load(trajectoryId, version);
		trajectory.close(reason, explanation, actor, at);
		stored.save(trajectory);
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				trajectoryId).concerning(trajectory.personId()));
	}

	/**
	 * Moves a trajectory along one transition of the table for the steps whose own data live elsewhere in the
	 * module (assessment, plan, partner check, offer, execution, escalation, aftercare): the caller checked those
	 * data and the user's rights; this checks the state and the version, writes the timeline entry and the event.
	 * {@link Transition#ASSIGN} and {@link Transition#CLOSE} have their own methods.
	 */
	void advance(UUID trajectoryId, long version, Transition transition, @Nullable String reason, Trajectory.Actor actor,
			OffsetDateTime at) {
		change(trajectoryId, version, actor, at, trajectory -> move(trajectory, transition, reason, actor, at));
	}

	/**
	 * Changes a trajectory in one write: the caller's steps on the loaded aggregate (timeline notes, new
	 * participants, a transition through {@link #move}) are saved together, the version checked and raised,
	 * the change audited concerning the client.
	 *
	 * @throws TrajectoryRefused the version is no longer current, or a step is not allowed in this state
	 */
	Trajectory change(UUID trajectoryId, long version, Trajectory.Actor actor, OffsetDateTime at,
			java.util.function.Consumer<Trajectory> steps) {
		Trajectory trajectory = load(trajectoryId, version);
		steps.accept(trajectory);
		stored.save(trajectory);
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				trajectoryId).concerning(trajectory.personId()));
		return trajectory;
	}

	/** One transition of the table on a loaded trajectory (not assignment or closure, which have their own methods). */
	static void move(Trajectory trajectory, Transition transition, @Nullable String reason, Trajectory.Actor actor,
			OffsetDateTime at) {
		switch (transition) {
			case START_ASSESSMENT -> trajectory.startAssessment(actor, at, reason);
			case START_PLANNING -> trajectory.startPlanning(actor, at, reason);
			case SEND_TO_PARTNER_CHECK -> trajectory.sendToPartnerCheck(actor, at, reason);
			case REVISE_PLAN -> trajectory.revisePlan(actor, at, reason);
			case OFFER -> trajectory.offer(actor, at, reason);
			case ACCEPT -> trajectory.accept(actor, at, reason);
			case REFUSE -> trajectory.refuse(actor, at, reason == null ? "" : reason);
			case START_EXECUTION -> trajectory.startExecution(actor, at, reason);
			case DROP_OUT -> trajectory.dropOut(actor, at, reason == null ? "" : reason);
			case COMPLETE -> trajectory.complete(actor, at, reason);
			case START_AFTERCARE -> trajectory.startAftercare(actor, at, reason);
			case ASSIGN, CLOSE -> throw new IllegalArgumentException("Assignment and closure have their own methods");
		}
	}

	/** The trajectory as stored now, for the module's services that check their own rules before a change. */
	Optional<Trajectory> find(UUID trajectoryId) {
		return stored.find(trajectoryId);
	}

	/**
	 * Who could start a trajectory now (for the start page): audited as a read of the list (by selection) and
	 * of the referred persons.
	 */
	@Transactional
	@PreAuthorize(MAY_START)
	public StartCandidates startCandidates() {
		Set<UUID> open = stored.personsWithOpenTrajectory();
		Optional<PriorityLists.PriorityList> current = priorityLists.current();
		List<StartCandidates.ListEntry> entries = current.map(list -> priorityLists.entries(list.id()).stream()
			.filter(entry -> !open.contains(entry.personId()))
			.map(entry -> new StartCandidates.ListEntry(entry.personId(), entry.rank(), entry.name(), entry.dateOfBirth(),
					entry.category()))
			.toList()).orElse(List.of());
		Set<UUID> started = stored.referralsStarted();
		List<ReferralAccepted> accepted = referrals.acceptedReferrals().stream()
			.filter(r -> r.kind() == ReferralKind.REFERRAL)
			.filter(r -> !started.contains(r.referralId()) && !open.contains(r.personId()))
			.sorted(Comparator.comparing(ReferralAccepted::acceptedAt).reversed())
			.toList();
		Map<UUID, PersonName> names = persons.names(accepted.stream().map(ReferralAccepted::personId).toList());
		if (!accepted.isEmpty()) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
					"trajectory-start-candidates", null).concerning(accepted.stream().map(ReferralAccepted::personId).toList()));
		}
		List<StartCandidates.AcceptedReferral> urgent = accepted.stream().map(r -> {
			PersonName name = names.get(r.personId());
			return new StartCandidates.AcceptedReferral(r.referralId(), r.personId(), name == null ? "" : name.displayName(),
					name == null ? null : name.dateOfBirth(), r.targetGroups(), r.acceptedAt());
		}).toList();
		return new StartCandidates(current.map(PriorityLists.PriorityList::version).orElse(null), entries, urgent);
	}

	/** The enabled accounts with the intervention manager's role, by name: whom a trajectory can be assigned to. */
	public List<UserDirectory.Member> interventionManagers() {
		return users.withRole(INTERVENTION_MANAGER);
	}

	/** Every intervention manager's open trajectories counted per state (no client data), with the suggestion. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_START)
	public Caseload caseload() {
		Map<UUID, Map<TrajectoryState, Integer>> counts = stored.openCountsByManager();
		List<Caseload.Row> rows = interventionManagers().stream()
			.map(manager -> new Caseload.Row(manager, counts.getOrDefault(manager.id(), Map.of())))
			.toList();
		return new Caseload(rows);
	}

	/** How many persons of the current list have no open trajectory (ids only, for "Mijn werk"). */
	@Transactional(readOnly = true)
	public int listedWithoutTrajectory() {
		Set<UUID> open = stored.personsWithOpenTrajectory();
		return priorityLists.current()
			.map(list -> (int) priorityLists.personIds(list.id()).stream().filter(p -> !open.contains(p)).count())
			.orElse(0);
	}

	/** How many trajectories wait for an intervention manager. */
	@Transactional(readOnly = true)
	public int unassigned() {
		return stored.countInState(TrajectoryState.SELECTED);
	}

	/** How many trajectories were assigned to this intervention manager and have not started their assessment. */
	@Transactional(readOnly = true)
	public int newlyAssigned(UUID interventionManager) {
		return stored.countOf(interventionManager, TrajectoryState.ASSIGNED);
	}

	static TrajectoryAccessFacts facts(Trajectory t) {
		return new TrajectoryAccessFacts(t.id(), t.personId(), t.targetGroup(), t.interventionManager(),
				t.participants().stream().map(p -> new PartnerOrganisationId(p.organisationId()))
					.collect(Collectors.toSet()),
				t.state().open());
	}

	private Trajectory load(UUID trajectoryId, long version) {
		Trajectory trajectory = stored.find(trajectoryId).orElseThrow(TrajectoryNotFound::new);
		if (trajectory.version() != version) {
			throw new TrajectoryRefused(TrajectoryRefused.STALE);
		}
		return trajectory;
	}

	private void require(UUID trajectoryId, Predicate<TrajectoryRights> right) {
		if (!right.test(access.requireRead(trajectoryId))) {
			throw new AccessDeniedException("Not allowed on this trajectory");
		}
	}

	private static TrajectorySummary summary(Trajectory t, @Nullable PersonName name, boolean identityShared) {
		return new TrajectorySummary(t.id(), t.personId(), name == null ? "" : name.displayName(),
				name == null || !identityShared ? null : name.dateOfBirth(), t.targetGroup(), t.state(), t.origin(),
				t.interventionManager(), t.interventionManagerName(), t.startedAt(), t.stateChangedAt(), identityShared);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static Trajectory.Actor actorOf(UserProfile user) {
		return new Trajectory.Actor(user.id(), user.displayName());
	}

	private static UserProfile currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserProfile profile) {
			return profile;
		}
		throw new AccessDeniedException("No signed-in user");
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<String> authorities = new HashSet<>();
		if (authentication != null) {
			authentication.getAuthorities().forEach(a -> authorities.add(String.valueOf(a.getAuthority())));
		}
		return authorities;
	}

	/** Open trajectories per state for one group of summaries, in the order of the states. */
	static Map<TrajectoryState, List<TrajectorySummary>> byState(Collection<TrajectorySummary> summaries) {
		Map<TrajectoryState, List<TrajectorySummary>> grouped = new LinkedHashMap<>();
		for (TrajectoryState state : TrajectoryState.values()) {
			List<TrajectorySummary> inState = summaries.stream().filter(s -> s.state() == state).toList();
			if (!inState.isEmpty()) {
				grouped.put(state, inState);
			}
		}
		return grouped;
	}
}
