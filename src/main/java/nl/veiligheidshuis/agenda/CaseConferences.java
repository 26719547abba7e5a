package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.Room;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.ResponsiblePartners;
import nl.veiligheidshuis.privacy.TrajectoryAccess;
import nl.veiligheidshuis.trajectories.ConferenceParticipation;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectoryDossier;

/**
 * The public API of case conferences (casusoverleg). Need-to-know per item: the secretariat, the house manager,
 * the chair and the minute-taker see every item; the intervention manager of an item's trajectory sees that
 * item; a partner professional sees only the items their organisation is invited to — the partners a
 * scenario of the item needs and the owners of its (returning) action items. Any other item, and a conference
 * without a visible item, answers {@link ConferenceNotFound} and is never listed. Every read of an item about a
 * client is audited concerning that client.
 */
@Service
public class CaseConferences {

	/** Who plans conferences. */
	public static final String MAY_PLAN = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')";
	/** Who may see conferences at all; each item is further checked. */
	public static final String MAY_READ = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER', 'INTERVENTION_MANAGER', 'PARTNER_PROFESSIONAL')";

	static final String PAGE = "/agenda/";
	static final String AUDIT_OBJECT = "case-conference-item";
	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	/** The roles whose members can own an action item. */
	private static final List<String> OWNER_ROLES = List.of("PARTNER_PROFESSIONAL", "INTERVENTION_MANAGER", "SECRETARIAT",
			"HOUSE_MANAGER");

	private final JdbcClient jdbc;
	private final Trajectories trajectories;
	private final TrajectoryAccess access;
	private final HouseRooms rooms;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final RoomBookings bookings;

	private final ResponsiblePartners responsiblePartners;

	CaseConferences(JdbcClient jdbc, Trajectories trajectories, TrajectoryAccess access, HouseRooms rooms,
			PartnerOrganisations partners, UserDirectory users, AuditLog auditLog, ApplicationEventPublisher events,
			MessageSource messages, Clock clock, RoomBookings bookings, ResponsiblePartners responsiblePartners) {
		this.responsiblePartners = responsiblePartners;
		this.bookings = bookings;
		this.jdbc = jdbc;
		this.trajectories = trajectories;
		this.access = access;
		this.rooms = rooms;
		this.partners = partners;
		this.users = users;
		this.auditLog = auditLog;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- planning

	/** What the secretariat decides when planning: time, room, chair, minute-taker. */
	public record PlanCommand(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, UUID chairId,
			UUID minuteTakerId) {
	}

	/**
	 * Plans a conference after checking every rule at once. Trajectories with action items still open from an
	 * earlier conference get an item on this agenda ("open action items return").
	 */
	@Transactional
	@PreAuthorize(MAY_PLAN)
	public UUID plan(PlanCommand command, UserProfile actor) {
		return plan(command, actor.id(), OffsetDateTime.now(clock));
	}

	/** Also used by the demo seeding. */
	UUID plan(PlanCommand command, UUID actorId, OffsetDateTime at) {
		List<String> violations = new ArrayList<>();
		Room room = checkSlot(command.startsAt(), command.endsAt(), command.roomId(), null, violations);
		UserDirectory.Member chair = chairs().stream().filter(m -> m.id().equals(command.chairId())).findFirst().orElse(null);
		if (chair == null) {
			violations.add("agenda.rule.chair");
		}
		UserDirectory.Member minuteTaker = minuteTakers().stream().filter(m -> m.id().equals(command.minuteTakerId()))
			.findFirst().orElse(null);
		if (minuteTaker == null) {
			violations.add("agenda.rule.minuteTaker");
		}
		if (!violations.isEmpty() || room == null || chair == null || minuteTaker == null) {
			throw new AgendaRefused(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO agenda_case_conference (id, starts_at, ends_at, room_id, room_name, chair_id, chair_name,
				  minute_taker_id, minute_taker_name, planned_at, planned_by)
				VALUES (:id, :starts, :ends, :room, :roomName, :chair, :chairName, :taker, :takerName, :at, :by)""")
			.param("id", id).param("starts", command.startsAt()).param("ends", command.endsAt())
			.param("room", room.id()).param("roomName", room.name()).param("chair", chair.id())
			.param("chairName", chair.displayName()).param("taker", minuteTaker.id())
			.param("takerName", minuteTaker.displayName()).param("at", at).param("by", actorId).update();
		// The conference's slot is a booking of its room: the exclusion constraint refuses a racing double booking.
		bookings.bookConference(id, room, command.startsAt(), command.endsAt(), actorId, at);
		addReturningItems(id, command.startsAt(), actorId, at);
		return id;
	}

	/** Moves the conference to another time or room; the invitees hear of it by mail. */
	@Transactional
	@PreAuthorize(MAY_PLAN)
	public void reschedule(UUID conferenceId, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId) {
		Row conference = requireManage(conferenceId);
		requireNotCancelled(conference);
		List<String> violations = new ArrayList<>();
		Room room = checkSlot(startsAt, endsAt, roomId, conferenceId, violations);
		if (!violations.isEmpty() || room == null) {
			throw new AgendaRefused(violations);
		}
		bookings.moveConference(conferenceId, room, startsAt, endsAt, caller().user().id(), OffsetDateTime.now(clock));
		jdbc.sql("""
				UPDATE agenda_case_conference SET starts_at = :s, ends_at = :e, room_id = :r, room_name = :n,
				  sequence = sequence + 1 WHERE id = :id""")
			.param("s", startsAt).param("e", endsAt).param("r", room.id()).param("n", room.name()).param("id", conferenceId)
			.update();
		events.publishEvent(new ConferenceNotice(conferenceId, ConferenceNotice.Kind.CHANGE));
	}

	/** Cancels the conference; the invitees hear of it by mail. */
	@Transactional
	@PreAuthorize(MAY_PLAN)
	public void cancel(UUID conferenceId) {
		Row conference = requireManage(conferenceId);
		requireNotCancelled(conference);
		jdbc.sql("UPDATE agenda_case_conference SET cancelled_at = :at, sequence = sequence + 1 WHERE id = :id")
			.param("at", OffsetDateTime.now(clock)).param("id", conferenceId).update();
		bookings.releaseConference(conferenceId);
		events.publishEvent(new ConferenceNotice(conferenceId, ConferenceNotice.Kind.CANCELLATION));
	}

	/** Sends the invitations (mail with a link, no client data) to every invitee computed now. */
	@Transactional
	@PreAuthorize(MAY_READ)
	public void sendInvitations(UUID conferenceId) {
		requireNotCancelled(requireManage(conferenceId));
		events.publishEvent(new ConferenceNotice(conferenceId, ConferenceNotice.Kind.INVITATION));
	}

	// ---------------------------------------------------------------- reading

	/** The conferences the caller may see from a day on (earliest first): none with no item visible to them. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_READ)
	public List<ConferenceSummary> visibleFrom(LocalDate from) {
		Caller caller = caller();
		List<Row> rows = jdbc.sql("SELECT * FROM agenda_case_conference WHERE starts_at >= :from ORDER BY starts_at, id")
			.param("from", from.atStartOfDay(clock.getZone()).toOffsetDateTime()).query(Row.MAPPER).list();
		List<ConferenceSummary> visible = new ArrayList<>();
		for (Row row : rows) {
			boolean all = caller.seesAll(row);
			List<ItemRow> items = items(row.id());
			int count = (int) items.stream().filter(item -> all || sees(caller, row, item)).count();
			if (all || count > 0) {
				visible.add(row.summary(count));
			}
		}
		return visible;
	}

	/** One conference with the items the caller may see; each item about a client is audited as a read. */
	@Transactional
	@PreAuthorize(MAY_READ)
	public ConferenceView view(UUID conferenceId) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemFacts facts = new ItemFacts(row);
		List<ItemRow> visible = items(conferenceId).stream().filter(item -> sees(caller, row, item, facts)).toList();
		if (visible.isEmpty() && !caller.seesAll(row)) {
			throw new ConferenceNotFound();
		}
		List<ConferenceView.Item> items = new ArrayList<>();
		for (ItemRow item : visible) {
			items.add(itemView(caller, row, item, facts));
			if (item.personId() != null) {
				auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
						item.id()).concerning(item.personId()));
			}
		}
		return new ConferenceView(row.id(), row.startsAt(), row.endsAt(), row.roomId(), row.roomName(), row.chairId(),
				row.chairName(), row.minuteTakerId(), row.minuteTakerName(), row.cancelled(), items,
				invitations(conferenceId, items), caller.manages(row), caller.user().id().equals(row.chairId()));
	}

	/** Partners invited to any item of a conference, with external invitees: for the mail, no client data. */
	record Recipients(Row conference, Set<UUID> partnerIds, List<String> externalAddresses) {
	}

	Recipients recipients(UUID conferenceId) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		Set<UUID> organisations = new LinkedHashSet<>();
		List<String> external = new ArrayList<>();
		for (ItemRow item : items(conferenceId)) {
			organisations.addAll(invitedOrganisations(row, item));
			external.addAll(externals(item.id()).stream().map(ConferenceView.ExternalInvitee::email).toList());
		}
		return new Recipients(row, organisations, external.stream().distinct().toList());
	}

	// ---------------------------------------------------------------- items and scenarios

	/**
	 * Puts an item on the agenda: about a trajectory the caller may read (the intervention manager directing it,
	 * the house manager; the client's name is kept for the agenda), or a general subject (who manages the conference).
	 */
	@Transactional
	@PreAuthorize(MAY_READ)
	public UUID addItem(UUID conferenceId, @Nullable UUID trajectoryId, @Nullable String subject, UserProfile actor) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		requireNotCancelled(row);
		UUID personId = null;
		String clientName = null;
		if (trajectoryId != null) {
			// The dossier checks need-to-know (404 otherwise) and audits the read concerning the client.
			TrajectoryDossier dossier = trajectories.dossier(trajectoryId);
			personId = dossier.personId();
			clientName = dossier.clientName();
			boolean already = items(conferenceId).stream().anyMatch(i -> trajectoryId.equals(i.trajectoryId()));
			if (already) {
				throw new AgendaRefused("agenda.rule.trajectoryOnAgenda");
			}
		}
		else {
			if (!caller.manages(row)) {
				throw new ConferenceNotFound();
			}
			if (subject == null || subject.isBlank()) {
				throw new AgendaRefused("agenda.rule.subject");
			}
		}
		String stated = subject == null || subject.isBlank() ? messages.getMessage("agenda.item.trajectorySubject", null, DUTCH)
				: subject.strip();
		UUID id = insertItem(conferenceId, trajectoryId, personId, clientName, stated, actor.id(),
				OffsetDateTime.now(clock));
		if (personId != null) {
			auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
				.concerning(personId));
		}
		return id;
	}

	/**
	 * Adds a scenario to an item: an option with the partner organisations it needs. Those partners are invited
	 * to this item (and, for an item about a trajectory, take part in the trajectory).
	 */
	@Transactional
	@PreAuthorize(MAY_READ)
	public UUID addScenario(UUID conferenceId, UUID itemId, String description, Set<UUID> partnerIds, UserProfile actor) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireItem(caller, row, itemId);
		requireNotCancelled(row);
		if (!mayPrepare(caller, row, item)) {
			throw new AccessDeniedException("Only the intervention manager or the secretariat prepares scenarios");
		}
		List<String> violations = new ArrayList<>();
		if (description.isBlank()) {
			violations.add("agenda.rule.scenarioDescription");
		}
		if (partnerIds.isEmpty()) {
			violations.add("agenda.rule.scenarioPartners");
		}
		for (UUID partner : partnerIds) {
			if (partners.nameOf(new PartnerOrganisationId(partner)).isEmpty()) {
				violations.add("agenda.rule.unknownPartner");
			}
		}
		if (!violations.isEmpty()) {
			throw new AgendaRefused(violations.stream().distinct().toList());
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO agenda_scenario (id, item_id, description, prepared_by, prepared_by_name, prepared_at)
				VALUES (:id, :item, :description, :by, :name, :at)""")
			.param("id", id).param("item", itemId).param("description", description.strip()).param("by", actor.id())
			.param("name", actor.displayName()).param("at", OffsetDateTime.now(clock)).update();
		for (UUID partner : partnerIds) {
			jdbc.sql("INSERT INTO agenda_scenario_partner (scenario_id, organisation_id) VALUES (:s, :o)")
				.param("s", id).param("o", partner).update();
		}
		invitedToTrajectory(item, partnerIds, actor);
		audit(AuditAction.UPDATE, item);
		return id;
	}

	/** Adds an external participant to an item: invitation and the item's outcome by mail, no access to the system. */
	@Transactional
	@PreAuthorize(MAY_READ)
	public UUID addExternalInvitee(UUID conferenceId, UUID itemId, String name, String organisation, String email) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireManagedItem(row, itemId);
		requireNotCancelled(row);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO agenda_external_invitee (id, item_id, name, organisation, email, added_at)
				VALUES (:id, :item, :name, :org, :email, :at)""")
			.param("id", id).param("item", item.id()).param("name", name.strip()).param("org", organisation.strip())
			.param("email", email.strip()).param("at", OffsetDateTime.now(clock)).update();
		audit(AuditAction.UPDATE, item);
		return id;
	}

	/** Records who was there: invitee key ({@code partner:<id>}, {@code external:<id>}) to present or not. */
	@Transactional
	@PreAuthorize(MAY_READ)
	public void recordAttendance(UUID conferenceId, Map<String, Boolean> attendance) {
		Row row = requireManage(conferenceId);
		Set<String> invitees = new HashSet<>();
		for (ItemRow item : items(conferenceId)) {
			invitedOrganisations(row, item).forEach(o -> invitees.add("partner:" + o));
			externals(item.id()).forEach(e -> invitees.add("external:" + e.id()));
		}
		if (!invitees.containsAll(attendance.keySet())) {
			throw new AgendaRefused("agenda.rule.notInvited");
		}
		OffsetDateTime at = OffsetDateTime.now(clock);
		attendance.forEach((invitee, present) -> jdbc.sql("""
				INSERT INTO agenda_attendance (conference_id, invitee, present, recorded_at) VALUES (:c, :i, :p, :at)
				ON CONFLICT (conference_id, invitee) DO UPDATE SET present = :p, recorded_at = :at""")
			.param("c", conferenceId).param("i", invitee).param("p", present).param("at", at).update());
		events.publishEvent(new CaseConferenceHeld(conferenceId, row.startsAt()));
	}

	// ---------------------------------------------------------------- minutes, decisions, action items, outcome

	@Transactional
	@PreAuthorize(MAY_READ)
	public void recordMinutes(UUID conferenceId, UUID itemId, String minutes) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireManagedItem(row, itemId);
		jdbc.sql("UPDATE agenda_item SET minutes = :m WHERE id = :id").param("m", minutes.strip()).param("id", itemId).update();
		audit(AuditAction.UPDATE, item);
	}

	@Transactional
	@PreAuthorize(MAY_READ)
	public UUID recordDecision(UUID conferenceId, UUID itemId, String text, UserProfile actor) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireManagedItem(row, itemId);
		if (text.isBlank()) {
			throw new AgendaRefused("agenda.rule.decisionText");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO agenda_decision (id, item_id, text, recorded_at, recorded_by) VALUES (:id, :i, :t, :at, :by)")
			.param("id", id).param("i", itemId).param("t", text.strip()).param("at", OffsetDateTime.now(clock))
			.param("by", actor.id()).update();
		audit(AuditAction.UPDATE, item);
		events.publishEvent(new CaseConferenceHeld(conferenceId, row.startsAt()));
		return id;
	}

	/** An action item: description, owner (a person of a partner organisation), due date, optional condition. */
	public record ActionItemCommand(String description, UUID ownerUserId, LocalDate dueOn, @Nullable String condition) {
	}

	/**
	 * Records an action item. Its owner's organisation is invited to the item (so the owner can read what they
	 * must do) and, for an item about a trajectory, takes part in it; the owner sees it in "Mijn werk" and it
	 * returns on the next conference's agenda while open.
	 */
	@Transactional
	@PreAuthorize(MAY_READ)
	public UUID addActionItem(UUID conferenceId, UUID itemId, ActionItemCommand command, UserProfile actor) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireManagedItem(row, itemId);
		return insertActionItem(item, command, actor.id(), actor.displayName(), OffsetDateTime.now(clock));
	}

	UUID insertActionItem(ItemRow item, ActionItemCommand command, UUID actorId, String actorName, OffsetDateTime at) {
		List<String> violations = new ArrayList<>();
		if (command.description().isBlank()) {
			violations.add("agenda.rule.actionDescription");
		}
		Owner owner = owners().stream().filter(o -> o.member().id().equals(command.ownerUserId())).findFirst().orElse(null);
		if (owner == null) {
			violations.add("agenda.rule.actionOwner");
		}
		if (!violations.isEmpty() || owner == null) {
			throw new AgendaRefused(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO agenda_action_item (id, item_id, trajectory_id, description, owner_organisation,
				  owner_organisation_name, owner_user, owner_user_name, due_on, condition, recorded_at, recorded_by,
				  recorded_by_name)
				VALUES (:id, :item, :t, :d, :o, :on, :u, :un, :due, :c, :at, :by, :byName)""")
			.param("id", id).param("item", item.id()).param("t", item.trajectoryId()).param("d", command.description().strip())
			.param("o", owner.organisation()).param("on", owner.member().organisationName())
			.param("u", owner.member().id()).param("un", owner.member().displayName()).param("due", command.dueOn())
			.param("c", command.condition() == null || command.condition().isBlank() ? null : command.condition().strip())
			.param("at", at).param("by", actorId).param("byName", actorName).update();
		recordTransfers(item, Set.of(owner.organisation()));
		events.publishEvent(new ActionItemRecorded(id, item.conferenceId(), command.dueOn()));
		if (item.trajectoryId() != null) {
			events.publishEvent(new ConferenceParticipation.PartnersInvited(item.trajectoryId(), Set.of(owner.organisation()),
					actorId, actorName));
		}
		audit(AuditAction.UPDATE, item);
		return id;
	}

	/** The owner (or who manages the conference) marks an action item done; it no longer returns. */
	@Transactional
	@PreAuthorize(MAY_READ)
	public void completeActionItem(UUID conferenceId, UUID actionItemId) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ActionItemRow action = jdbc.sql("""
				SELECT a.id, a.item_id, a.owner_user FROM agenda_action_item a JOIN agenda_item i ON i.id = a.item_id
				WHERE a.id = :id AND i.conference_id = :c""")
			.param("id", actionItemId).param("c", conferenceId)
			.query((rs, n) -> new ActionItemRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class)))
			.optional().orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireItem(caller, row, action.itemId());
		if (!caller.manages(row) && !caller.user().id().equals(action.ownerUser())) {
			throw new AccessDeniedException("Only the owner or the secretariat completes an action item");
		}
		OffsetDateTime at = OffsetDateTime.now(clock);
		LocalDate dueOn = jdbc.sql("""
				UPDATE agenda_action_item SET done_at = :at, done_by = :by, done_by_name = :name
				WHERE id = :id AND done_at IS NULL RETURNING due_on""")
			.param("at", at).param("by", caller.user().id()).param("name", caller.user().displayName())
			.param("id", actionItemId).query(LocalDate.class).optional().orElse(null);
		if (dueOn != null) {
			events.publishEvent(new ActionItemCompleted(actionItemId, dueOn, at.atZoneSameInstant(clock.getZone()).toLocalDate()));
		}
		audit(AuditAction.UPDATE, item);
	}

	/**
	 * The chair publishes a new version of an item's outcome for the item's participants, recording whether the
	 * client was informed and, if not, why.
	 */
	@Transactional
	@PreAuthorize(MAY_READ)
	public int publishOutcome(UUID conferenceId, UUID itemId, String text, boolean clientInformed,
			@Nullable String notInformedReason, UserProfile actor) {
		return publishOutcome(conferenceId, itemId, text, clientInformed, notInformedReason, false, actor);
	}

	/**
	 * Publishes the outcome and, when the chair decides so, sends it by e-mail to the item's external invitees
	 * (who have no access to the system; the issue gives them the outcome of their item). Sending is a disclosure
	 * of client data outside the house: a decision per publication, refused when the item has no external
	 * invitee, and audited as an export concerning the client.
	 */
	@Transactional
	@PreAuthorize(MAY_READ)
	public int publishOutcome(UUID conferenceId, UUID itemId, String text, boolean clientInformed,
			@Nullable String notInformedReason, boolean sendToExternals, UserProfile actor) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		ItemRow item = requireItem(caller, row, itemId);
		if (!actor.id().equals(row.chairId())) {
			throw new AccessDeniedException("Only the chair publishes an outcome");
		}
		List<String> violations = new ArrayList<>();
		if (text.isBlank()) {
			violations.add("agenda.rule.outcomeText");
		}
		if (!clientInformed && (notInformedReason == null || notInformedReason.isBlank())) {
			violations.add("agenda.rule.notInformedReason");
		}
		if (sendToExternals && externals(itemId).isEmpty()) {
			violations.add("agenda.rule.noExternals");
		}
		if (!violations.isEmpty()) {
			throw new AgendaRefused(violations);
		}
		int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM agenda_outcome WHERE item_id = :i")
			.param("i", itemId).query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO agenda_outcome (item_id, version, text, client_informed, not_informed_reason, published_at,
				  published_by, published_by_name, sent_to_externals) VALUES (:i, :v, :t, :ci, :r, :at, :by, :name, :ext)""")
			.param("i", itemId).param("v", version).param("t", text.strip()).param("ci", clientInformed)
			.param("r", clientInformed ? null : notInformedReason == null ? null : notInformedReason.strip())
			.param("at", OffsetDateTime.now(clock)).param("by", actor.id()).param("name", actor.displayName())
			.param("ext", sendToExternals).update();
		audit(AuditAction.UPDATE, item);
		if (sendToExternals) {
			// A disclosure outside the house is recorded even for a general subject: the outcome text may name people.
			AuditEntry disclosure = AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.PERSON_CENTRED_APPROACH,
					AUDIT_OBJECT, item.id());
			auditLog.record(item.personId() == null ? disclosure : disclosure.concerning(item.personId()));
			events.publishEvent(new ConferenceNotice.OutcomeForExternals(conferenceId, itemId, version));
		}
		return version;
	}

	// ---------------------------------------------------------------- choices and "Mijn werk"

	/** Meeting and interview rooms of the register (not flex desks), by name: the choice when planning. */
	@PreAuthorize(MAY_PLAN)
	public List<Room> meetingRooms() {
		return rooms.all().stream().filter(r -> r.kind() != RoomKind.FLEX_DESK).sorted(Comparator.comparing(Room::name))
			.toList();
	}

	/** Who can chair: the house manager, the secretariat, intervention managers. */
	public List<UserDirectory.Member> chairs() {
		Map<UUID, UserDirectory.Member> members = new LinkedHashMap<>();
		for (String role : List.of("HOUSE_MANAGER", "SECRETARIAT", "INTERVENTION_MANAGER")) {
			users.withRole(role).forEach(m -> members.putIfAbsent(m.id(), m));
		}
		return List.copyOf(members.values());
	}

	/** Who takes minutes: the secretariat. */
	public List<UserDirectory.Member> minuteTakers() {
		return users.withRole("SECRETARIAT");
	}

	/** A person who can own an action item, with their organisation. */
	public record Owner(UserDirectory.Member member, UUID organisation) {
	}

	public List<Owner> owners() {
		Map<UUID, Owner> owners = new LinkedHashMap<>();
		for (String role : OWNER_ROLES) {
			for (UserDirectory.Member member : users.withRole(role)) {
				partners.findByName(member.organisationName())
					.ifPresent(org -> owners.putIfAbsent(member.id(), new Owner(member, org.value())));
			}
		}
		return owners.values().stream().sorted(Comparator.comparing(o -> o.member().displayName())).toList();
	}

	/** An open action item of a user, without client data: for "Mijn werk". */
	public record OpenActionItem(UUID id, UUID conferenceId, LocalDate dueOn) {
	}

	@Transactional(readOnly = true)
	public List<OpenActionItem> openActionItemsOf(UUID userId) {
		return jdbc.sql("""
				SELECT a.id, i.conference_id, a.due_on FROM agenda_action_item a JOIN agenda_item i ON i.id = a.item_id
				WHERE a.owner_user = :u AND a.done_at IS NULL ORDER BY a.due_on, a.id""")
			.param("u", userId)
			.query((rs, n) -> new OpenActionItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	// ---------------------------------------------------------------- internals

	record Row(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, String roomName, UUID chairId,
			String chairName, UUID minuteTakerId, String minuteTakerName, boolean cancelled) {

		static final org.springframework.jdbc.core.RowMapper<Row> MAPPER = (rs, n) -> new Row(rs.getObject("id", UUID.class),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
				rs.getObject("room_id", UUID.class), rs.getString("room_name"), rs.getObject("chair_id", UUID.class),
				rs.getString("chair_name"), rs.getObject("minute_taker_id", UUID.class), rs.getString("minute_taker_name"),
				rs.getObject("cancelled_at") != null);

		ConferenceSummary summary(int visibleItems) {
			return new ConferenceSummary(id, startsAt, endsAt, roomId, roomName, chairId, chairName, minuteTakerId,
					minuteTakerName, cancelled, visibleItems);
		}
	}

	record ItemRow(UUID id, UUID conferenceId, int position, @Nullable UUID trajectoryId, @Nullable UUID personId,
			@Nullable String clientName, String subject, @Nullable String minutes) {
	}

	private record ActionItemRow(UUID id, UUID itemId, UUID ownerUser) {
	}

	private record Caller(UserProfile user, Set<String> authorities) {

		boolean has(String role) {
			return authorities.contains("ROLE_" + role);
		}

		boolean manages(Row row) {
			return has("SECRETARIAT") || has("HOUSE_MANAGER") || user.id().equals(row.chairId())
					|| user.id().equals(row.minuteTakerId());
		}

		boolean seesAll(Row row) {
			return manages(row);
		}
	}

	Optional<Row> find(UUID conferenceId) {
		return jdbc.sql("SELECT * FROM agenda_case_conference WHERE id = :id").param("id", conferenceId).query(Row.MAPPER)
			.optional();
	}

	List<ItemRow> items(UUID conferenceId) {
		return jdbc.sql("""
				SELECT id, conference_id, position, trajectory_id, person_id, client_name, subject, minutes
				FROM agenda_item WHERE conference_id = :c ORDER BY position""")
			.param("c", conferenceId)
			.query((rs, n) -> new ItemRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7),
					rs.getString(8)))
			.list();
	}

	private boolean sees(Caller caller, Row row, ItemRow item) {
		return sees(caller, row, item, new ItemFacts(row));
	}

	private boolean sees(Caller caller, Row row, ItemRow item, ItemFacts facts) {
		if (caller.seesAll(row)) {
			return true;
		}
		if (item.trajectoryId() != null && caller.has("INTERVENTION_MANAGER") && interventionManagerOf(item)) {
			return true;
		}
		// Invited to the item, and for an item about a client also covered by a privacy covenant for the client's
		// target group: an invitation alone does not make a partner entitled to the data (DESIGN.md §4 rule 8).
		return caller.has("PARTNER_PROFESSIONAL") && facts.invited(item).contains(caller.user().organisation())
				&& (item.trajectoryId() == null || access.covenantCovers(item.trajectoryId(), caller.user().organisation()));
	}

	/** Whether the caller directs the item's trajectory (the privacy module decides, from fresh facts). */
	private boolean interventionManagerOf(ItemRow item) {
		return item.trajectoryId() != null && access.rightsOf(item.trajectoryId()).edit();
	}

	private boolean mayPrepare(Caller caller, Row row, ItemRow item) {
		return caller.manages(row) || (caller.has("INTERVENTION_MANAGER") && interventionManagerOf(item));
	}

	private ItemRow requireItem(Caller caller, Row row, UUID itemId) {
		return items(row.id()).stream().filter(i -> i.id().equals(itemId)).filter(i -> sees(caller, row, i)).findFirst()
			.orElseThrow(ConferenceNotFound::new);
	}

	/** An item the caller sees (404 otherwise) of a conference they manage (403 otherwise). */
	private ItemRow requireManagedItem(Row row, UUID itemId) {
		Caller caller = caller();
		ItemRow item = requireItem(caller, row, itemId);
		if (!caller.manages(row)) {
			throw new AccessDeniedException("Only the secretariat, the house manager, the chair or the minute-taker");
		}
		return item;
	}

	/** The conference, when the caller manages it; 404 when they see none of it, 403 when they only see items. */
	private Row requireManage(UUID conferenceId) {
		Caller caller = caller();
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		if (!caller.manages(row)) {
			if (items(conferenceId).stream().noneMatch(i -> sees(caller, row, i))) {
				throw new ConferenceNotFound();
			}
			throw new AccessDeniedException("Only the secretariat, the house manager, the chair or the minute-taker");
		}
		return row;
	}

	private static void requireNotCancelled(Row row) {
		if (row.cancelled()) {
			throw new AgendaRefused("agenda.rule.cancelled");
		}
	}

	private @Nullable Room checkSlot(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId,
			@Nullable UUID conferenceId, List<String> violations) {
		if (!endsAt.isAfter(startsAt)) {
			violations.add("agenda.rule.endAfterStart");
		}
		Room room = meetingRooms().stream().filter(r -> r.id().equals(roomId)).findFirst().orElse(null);
		if (room == null) {
			violations.add("agenda.rule.room");
		}
		else if (bookings.occupied(roomId, startsAt, endsAt, conferenceId)) {
			violations.add(RoomBookings.OCCUPIED);
		}
		return room;
	}

	/** Partners a scenario of the item needs, and owners of its own and its returning open action items. */
	private Set<UUID> invitedOrganisations(Row row, ItemRow item) {
		return invitedOrganisations(item, returning(row, item));
	}

	private Set<UUID> invitedOrganisations(ItemRow item, List<ConferenceView.ActionItem> returning) {
		Set<UUID> organisations = new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT p.organisation_id FROM agenda_scenario s JOIN agenda_scenario_partner p ON p.scenario_id = s.id
				WHERE s.item_id = :i UNION SELECT owner_organisation FROM agenda_action_item WHERE item_id = :i""")
			.param("i", item.id()).query(UUID.class).list());
		returning.forEach(a -> organisations.add(a.ownerPartnerId()));
		return organisations;
	}

	/**
	 * What one reading of a conference works out per item at most once: the open action items returning to it and
	 * the partners invited to it (the check of who sees the item and the item's view both need them).
	 */
	private final class ItemFacts {

		private final Row row;
		private final Map<UUID, List<ConferenceView.ActionItem>> returning = new HashMap<>();
		private final Map<UUID, Set<UUID>> invited = new HashMap<>();

		ItemFacts(Row row) {
			this.row = row;
		}

		List<ConferenceView.ActionItem> returning(ItemRow item) {
			return returning.computeIfAbsent(item.id(), id -> CaseConferences.this.returning(row, item));
		}

		Set<UUID> invited(ItemRow item) {
			return invited.computeIfAbsent(item.id(), id -> invitedOrganisations(item, returning(item)));
		}
	}

	/** What goes to an item's external invitees by mail: the outcome's text and the conference's date. */
	record ExternalOutcome(Row conference, String text, List<String> addresses) {
	}

	ExternalOutcome externalOutcome(UUID conferenceId, UUID itemId, int version) {
		Row row = find(conferenceId).orElseThrow(ConferenceNotFound::new);
		String text = jdbc.sql("SELECT text FROM agenda_outcome WHERE item_id = :i AND version = :v")
			.param("i", itemId).param("v", version).query(String.class).single();
		return new ExternalOutcome(row, text, externals(itemId).stream().map(ConferenceView.ExternalInvitee::email).toList());
	}

	private List<ConferenceView.ExternalInvitee> externals(UUID itemId) {
		return jdbc.sql("SELECT id, name, organisation, email FROM agenda_external_invitee WHERE item_id = :i ORDER BY added_at, id")
			.param("i", itemId)
			.query((rs, n) -> new ConferenceView.ExternalInvitee(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	private static final String ACTION_COLUMNS = """
			a.id, a.item_id, a.description, a.owner_organisation, a.owner_organisation_name, a.owner_user,
			a.owner_user_name, a.due_on, a.condition, a.done_at""";

	private static final org.springframework.jdbc.core.RowMapper<ConferenceView.ActionItem> ACTION_MAPPER = (rs,
			n) -> new ConferenceView.ActionItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getString(9), rs.getObject(10, OffsetDateTime.class));

	/** Open action items of the item's trajectory recorded at earlier conferences: they return on this agenda. */
	private List<ConferenceView.ActionItem> returning(Row row, ItemRow item) {
		if (item.trajectoryId() == null) {
			return List.of();
		}
		return jdbc.sql("SELECT " + ACTION_COLUMNS + """
				 FROM agenda_action_item a JOIN agenda_item i ON i.id = a.item_id
				JOIN agenda_case_conference c ON c.id = i.conference_id
				WHERE a.trajectory_id = :t AND a.done_at IS NULL AND c.starts_at < :starts AND c.cancelled_at IS NULL
				ORDER BY a.due_on, a.id""")
			.param("t", item.trajectoryId()).param("starts", row.startsAt()).query(ACTION_MAPPER).list();
	}

	private ConferenceView.Item itemView(Caller caller, Row row, ItemRow item, ItemFacts facts) {
		Map<UUID, String> names = new LinkedHashMap<>();
		List<ConferenceView.Scenario> scenarios = jdbc.sql("""
				SELECT id, description, prepared_by_name, prepared_at FROM agenda_scenario WHERE item_id = :i
				ORDER BY prepared_at, id""")
			.param("i", item.id())
			.query((rs, n) -> new ConferenceView.Scenario(rs.getObject(1, UUID.class), rs.getString(2), List.of(),
					rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
			.list()
			.stream()
			.map(s -> new ConferenceView.Scenario(s.id(), s.description(), jdbc.sql(
					"SELECT organisation_id FROM agenda_scenario_partner WHERE scenario_id = :s")
				.param("s", s.id()).query(UUID.class).list().stream().map(o -> partner(o, names)).sorted(
						Comparator.comparing(ConferenceView.Partner::name)).toList(), s.preparedByName(), s.preparedAt()))
			.toList();
		List<ConferenceView.Partner> invited = facts.invited(item).stream().map(o -> partner(o, names))
			.sorted(Comparator.comparing(ConferenceView.Partner::name)).toList();
		List<ConferenceView.Decision> decisions = jdbc.sql(
				"SELECT id, text, recorded_at FROM agenda_decision WHERE item_id = :i ORDER BY recorded_at, id")
			.param("i", item.id())
			.query((rs, n) -> new ConferenceView.Decision(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class)))
			.list();
		List<ConferenceView.ActionItem> actions = jdbc.sql("SELECT " + ACTION_COLUMNS
				+ " FROM agenda_action_item a WHERE a.item_id = :i ORDER BY a.recorded_at, a.id")
			.param("i", item.id()).query(ACTION_MAPPER).list();
		List<ConferenceView.Outcome> outcomes = jdbc.sql("""
				SELECT version, text, client_informed, not_informed_reason, published_at, published_by_name
				FROM agenda_outcome WHERE item_id = :i ORDER BY version DESC""")
			.param("i", item.id())
			.query((rs, n) -> new ConferenceView.Outcome(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
			.list();
		return new ConferenceView.Item(item.id(), item.position(), item.trajectoryId(), item.clientName(), item.subject(),
				item.minutes(), scenarios, invited, externals(item.id()), decisions, actions, facts.returning(item), outcomes,
				mayPrepare(caller, row, item));
	}

	private ConferenceView.Partner partner(UUID organisation, Map<UUID, String> names) {
		String name = names.computeIfAbsent(organisation,
				o -> partners.nameOf(new PartnerOrganisationId(o)).orElse(o.toString()));
		return new ConferenceView.Partner(organisation, name);
	}

	/** The invitation list, from the visible items only: each partner and external invitee with its items. */
	private List<ConferenceView.Invitation> invitations(UUID conferenceId, List<ConferenceView.Item> items) {
		Map<String, Boolean> attendance = new LinkedHashMap<>();
		jdbc.sql("SELECT invitee, present FROM agenda_attendance WHERE conference_id = :c").param("c", conferenceId)
			.query(rs -> {
				attendance.put(rs.getString(1), rs.getBoolean(2));
			});
		Map<String, ConferenceView.Invitation> invitations = new LinkedHashMap<>();
		for (ConferenceView.Item item : items) {
			for (ConferenceView.Partner partner : item.invitedPartners()) {
				String key = "partner:" + partner.id();
				ConferenceView.Invitation known = invitations.get(key);
				List<Integer> positions = new ArrayList<>(known == null ? List.of() : known.items());
				positions.add(item.position());
				invitations.put(key, new ConferenceView.Invitation(key, partner.name(), null, false, positions,
						attendance.get(key)));
			}
			for (ConferenceView.ExternalInvitee external : item.externalInvitees()) {
				String key = "external:" + external.id();
				invitations.put(key, new ConferenceView.Invitation(key,
						external.name() + " (" + external.organisation() + ")", external.email(), true,
						List.of(item.position()), attendance.get(key)));
			}
		}
		return invitations.values().stream().sorted(Comparator.comparing(ConferenceView.Invitation::external)
			.thenComparing(ConferenceView.Invitation::name)).toList();
	}

	private UUID insertItem(UUID conferenceId, @Nullable UUID trajectoryId, @Nullable UUID personId,
			@Nullable String clientName, String subject, UUID actorId, OffsetDateTime at) {
		// Serialises additions to one conference, so positions stay unique without a retry.
		jdbc.sql("SELECT id FROM agenda_case_conference WHERE id = :c FOR UPDATE").param("c", conferenceId).query(UUID.class)
			.single();
		int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE conference_id = :c")
			.param("c", conferenceId).query(Integer.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO agenda_item (id, conference_id, position, trajectory_id, person_id, client_name, subject,
				  added_at, added_by) VALUES (:id, :c, :p, :t, :person, :name, :s, :at, :by)""")
			.param("id", id).param("c", conferenceId).param("p", position).param("t", trajectoryId)
			.param("person", personId).param("name", clientName).param("s", subject).param("at", at).param("by", actorId)
			.update();
		return id;
	}

	/** Each trajectory with an action item still open from an earlier conference gets an item on the new agenda. */
	private void addReturningItems(UUID conferenceId, OffsetDateTime startsAt, UUID actorId, OffsetDateTime at) {
		record Open(UUID trajectoryId, UUID personId, @Nullable String clientName) {
		}
		List<Open> open = jdbc.sql("""
				SELECT DISTINCT ON (a.trajectory_id) a.trajectory_id, i.person_id, i.client_name
				FROM agenda_action_item a JOIN agenda_item i ON i.id = a.item_id
				JOIN agenda_case_conference c ON c.id = i.conference_id
				WHERE a.done_at IS NULL AND a.trajectory_id IS NOT NULL AND c.starts_at < :starts AND c.cancelled_at IS NULL
				ORDER BY a.trajectory_id, c.starts_at DESC""")
			.param("starts", startsAt)
			.query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
			.list();
		String subject = messages.getMessage("agenda.item.returningSubject", null, DUTCH);
		for (Open item : open) {
			insertItem(conferenceId, item.trajectoryId(), item.personId(), item.clientName(), subject, actorId, at);
		}
	}

	private void invitedToTrajectory(ItemRow item, Set<UUID> organisations, UserProfile actor) {
		recordTransfers(item, organisations);
		if (item.trajectoryId() != null && !organisations.isEmpty()) {
			events.publishEvent(new ConferenceParticipation.PartnersInvited(item.trajectoryId(), Set.copyOf(organisations),
					actor.id(), actor.displayName()));
		}
	}

	/** An invited partner receives the client's case data from the responsible partner: a recorded transfer. */
	private void recordTransfers(ItemRow item, Set<UUID> organisations) {
		UUID person = item.personId();
		if (person == null) {
			return;
		}
		responsiblePartners.responsibleFor(person).ifPresent(source -> organisations.forEach(recipient ->
				responsiblePartners.transferred(person, source, recipient, ResponsiblePartners.CASE_CONFERENCE_BASIS,
						ProcessingActivities.CASE_CONFERENCE, AUDIT_OBJECT, item.id().toString())));
	}

	private void audit(AuditAction action, ItemRow item) {
		if (item.personId() != null) {
			auditLog.record(AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, item.id())
				.concerning(item.personId()));
		}
	}

	private static Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserProfile profile)) {
			throw new AccessDeniedException("No signed-in user");
		}
		Set<String> authorities = new HashSet<>();
		authentication.getAuthorities().forEach(a -> authorities.add(String.valueOf(a.getAuthority())));
		return new Caller(profile, authorities);
	}
}
