package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.Room;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectoryDossier;

/**
 * Appointments in the house: community service intakes, victim conversations, damage mediation, client
 * conversations and others, with the professionals taking part, an optional room (booked like any slot: no
 * double booking) and an optional trajectory. Need-to-know: the organiser and the participants read the
 * details (trajectory, description, other participants, outcome note); the secretariat and the house manager,
 * who keep the agenda, see when, where, what kind and who; anyone else sees at most the room's booking with the
 * kind as its purpose. An appointment the caller may not see answers 404. Linking a trajectory needs the right
 * to read it. Every read of details about a client and every change is audited.
 */
@Service
public class Appointments {

	static final String AUDIT_OBJECT = "appointment";
	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final int MAX_TEXT = 4000;

	private final JdbcClient jdbc;
	private final RoomBookings bookings;
	private final CaseConferences conferences;
	private final Trajectories trajectories;
	private final AuditLog auditLog;
	private final MessageSource messages;
	private final Clock clock;

	Appointments(JdbcClient jdbc, RoomBookings bookings, CaseConferences conferences, Trajectories trajectories,
			AuditLog auditLog, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.conferences = conferences;
		this.trajectories = trajectories;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	/** A new appointment; the organiser is the caller and need not be among the participants. */
	public record AppointmentCommand(@Nullable AppointmentKind kind, @Nullable OffsetDateTime startsAt,
			@Nullable OffsetDateTime endsAt, @Nullable UUID roomId, @Nullable UUID trajectoryId, Set<UUID> participantIds,
			@Nullable String description, @Nullable String otherParticipants) {
	}

	/** Plans an appointment, checking every rule at once; the room's slot is booked in the same transaction. */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_READ)
	public UUID create(AppointmentCommand command, UserProfile actor) {
		List<String> violations = new ArrayList<>();
		if (command.kind() == null) {
			violations.add("agenda.rule.appointmentKind");
		}
		if (command.startsAt() == null || command.endsAt() == null || !command.endsAt().isAfter(command.startsAt())) {
			violations.add("agenda.rule.endAfterStart");
		}
		if (command.kind() == AppointmentKind.OTHER && blank(command.description())) {
			violations.add("agenda.rule.appointmentDescription");
		}
		if (length(command.description()) > MAX_TEXT || length(command.otherParticipants()) > MAX_TEXT) {
			violations.add("agenda.rule.textTooLong");
		}
		Map<UUID, CaseConferences.Owner> eligible = conferences.owners().stream()
			.collect(Collectors.toMap(o -> o.member().id(), o -> o, (a, b) -> a));
		Set<UUID> participants = new LinkedHashSet<>(command.participantIds());
		participants.remove(actor.id());
		if (!eligible.keySet().containsAll(participants)) {
			violations.add("agenda.rule.appointmentParticipant");
		}
		if (participants.isEmpty() && command.kind() != null && command.kind() != AppointmentKind.OTHER
				&& command.trajectoryId() == null && blank(command.otherParticipants())) {
			violations.add("agenda.rule.appointmentWithWhom");
		}
		Room room = null;
		if (command.roomId() != null) {
			room = bookings.find(command.roomId()).filter(r -> r.kind() != RoomKind.FLEX_DESK).orElse(null);
			if (room == null) {
				violations.add("agenda.rule.appointmentRoom");
			}
			else if (command.startsAt() != null && command.endsAt() != null
					&& bookings.occupied(room.id(), command.startsAt(), command.endsAt(), null)) {
				violations.add(RoomBookings.OCCUPIED);
			}
		}
		UUID personId = null;
		if (command.trajectoryId() != null && violations.isEmpty()) {
			// The dossier checks need-to-know (404 otherwise) and audits the read concerning the client.
			TrajectoryDossier dossier = trajectories.dossier(command.trajectoryId());
			personId = dossier.personId();
		}
		if (!violations.isEmpty() || command.kind() == null || command.startsAt() == null || command.endsAt() == null) {
			throw new AgendaRefused(violations);
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO agenda_appointment (id, kind, starts_at, ends_at, room_id, room_name, trajectory_id, person_id,
				  description, other_participants, organiser, organiser_name, created_at)
				VALUES (:id, :kind, :starts, :ends, :room, :roomName, :t, :p, :d, :o, :by, :byName, :at)""")
			.param("id", id).param("kind", command.kind().name()).param("starts", command.startsAt())
			.param("ends", command.endsAt()).param("room", room == null ? null : room.id())
			.param("roomName", room == null ? null : room.name()).param("t", command.trajectoryId()).param("p", personId)
			.param("d", stripped(command.description())).param("o", stripped(command.otherParticipants()))
			.param("by", actor.id()).param("byName", actor.displayName()).param("at", now).update();
		for (UUID participant : participants) {
			CaseConferences.Owner owner = eligible.get(participant);
			jdbc.sql("""
					INSERT INTO agenda_appointment_participant (appointment_id, user_id, display_name, organisation_name)
					VALUES (:a, :u, :n, :o)""")
				.param("a", id).param("u", participant).param("n", owner.member().displayName())
				.param("o", owner.member().organisationName()).update();
		}
		if (room != null) {
			bookings.bookAppointment(id, room, command.startsAt(), command.endsAt(),
					messages.getMessage("agenda.appointment.kind." + command.kind().name(), null, DUTCH), actor.id(), now);
		}
		audit(AuditAction.CREATE, id, personId);
		return id;
	}

	/** The appointments from {@code from} until {@code to} the caller may see, earliest first. */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_READ)
	public List<AppointmentView> between(OffsetDateTime from, OffsetDateTime to) {
		Caller caller = caller();
		List<Row> rows = rows(from, to);
		Map<UUID, List<AppointmentView.Participant>> participants = participants(rows.stream().map(Row::id).toList());
		List<AppointmentView> visible = new ArrayList<>();
		Set<UUID> concerning = new LinkedHashSet<>();
		for (Row row : rows) {
			List<AppointmentView.Participant> who = participants.getOrDefault(row.id(), List.of());
			if (caller.takesPart(row, who) || caller.keepsAgenda()) {
				visible.add(view(caller, row, who));
				if (caller.takesPart(row, who) && row.personId() != null) {
					concerning.add(row.personId());
				}
			}
		}
		if (!concerning.isEmpty()) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "appointment-list", null)
				.concerning(List.copyOf(concerning)));
		}
		return visible;
	}

	/** An appointment in the calendar: when, where, what kind, who; no client data, so reading it is not audited. */
	public record Slot(UUID id, AppointmentKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Nullable UUID roomId, @Nullable String roomName, UUID organiserId, Set<UUID> participantIds, boolean takesPart,
			boolean cancelled) {
	}

	/** The calendar slots from {@code from} until {@code to} of the appointments the caller may see. */
	@Transactional(readOnly = true)
	@PreAuthorize(CaseConferences.MAY_READ)
	public List<Slot> slots(OffsetDateTime from, OffsetDateTime to) {
		Caller caller = caller();
		List<Row> rows = rows(from, to);
		Map<UUID, List<AppointmentView.Participant>> participants = participants(rows.stream().map(Row::id).toList());
		List<Slot> visible = new ArrayList<>();
		for (Row row : rows) {
			List<AppointmentView.Participant> who = participants.getOrDefault(row.id(), List.of());
			boolean takesPart = caller.takesPart(row, who);
			if (takesPart || caller.keepsAgenda()) {
				visible.add(new Slot(row.id(), row.kind(), row.startsAt(), row.endsAt(), row.roomId(), row.roomName(),
						row.organiser(), who.stream().map(AppointmentView.Participant::userId).collect(Collectors.toSet()),
						takesPart, row.cancelled()));
			}
		}
		return visible;
	}

	/** One appointment, when the caller takes part or keeps the agenda (404 otherwise). */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_READ)
	public AppointmentView view(UUID appointmentId) {
		Caller caller = caller();
		Row row = find(appointmentId).orElseThrow(ConferenceNotFound::new);
		List<AppointmentView.Participant> who = participants(List.of(row.id())).getOrDefault(row.id(), List.of());
		if (!caller.takesPart(row, who) && !caller.keepsAgenda()) {
			throw new ConferenceNotFound();
		}
		if (caller.takesPart(row, who)) {
			audit(AuditAction.READ, row.id(), row.personId());
		}
		return view(caller, row, who);
	}

	/** The organiser or a participant records (or rewrites) the outcome note. */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_READ)
	public void recordOutcome(UUID appointmentId, String note, UserProfile actor) {
		Caller caller = caller();
		Row row = find(appointmentId).orElseThrow(ConferenceNotFound::new);
		List<AppointmentView.Participant> who = participants(List.of(row.id())).getOrDefault(row.id(), List.of());
		if (!caller.takesPart(row, who)) {
			throw new ConferenceNotFound();
		}
		List<String> violations = new ArrayList<>();
		if (note.isBlank()) {
			violations.add("agenda.rule.appointmentOutcome");
		}
		if (note.length() > MAX_TEXT) {
			violations.add("agenda.rule.textTooLong");
		}
		if (row.cancelled()) {
			violations.add("agenda.rule.appointmentCancelled");
		}
		if (!violations.isEmpty()) {
			throw new AgendaRefused(violations);
		}
		jdbc.sql("""
				UPDATE agenda_appointment SET outcome_note = :n, outcome_at = :at, outcome_by = :by, outcome_by_name = :name
				WHERE id = :id""")
			.param("n", note.strip()).param("at", OffsetDateTime.now(clock)).param("by", actor.id())
			.param("name", actor.displayName()).param("id", appointmentId).update();
		audit(AuditAction.UPDATE, row.id(), row.personId());
	}

	/** The organiser, the secretariat or the house manager cancels an appointment; its room is free again. */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_READ)
	public void cancel(UUID appointmentId) {
		Caller caller = caller();
		Row row = find(appointmentId).orElseThrow(ConferenceNotFound::new);
		List<AppointmentView.Participant> who = participants(List.of(row.id())).getOrDefault(row.id(), List.of());
		if (!caller.takesPart(row, who) && !caller.keepsAgenda()) {
			throw new ConferenceNotFound();
		}
		if (!caller.mayCancel(row)) {
			throw new AgendaRefused("agenda.rule.appointmentCancelBy");
		}
		if (row.cancelled()) {
			return;
		}
		jdbc.sql("UPDATE agenda_appointment SET cancelled_at = :at WHERE id = :id")
			.param("at", OffsetDateTime.now(clock)).param("id", appointmentId).update();
		bookings.releaseAppointment(appointmentId);
		audit(AuditAction.UPDATE, row.id(), row.personId());
	}

	/** Rooms an appointment can take place in: meeting and interview rooms and offices, not flex desks. */
	@Transactional(readOnly = true)
	@PreAuthorize(CaseConferences.MAY_READ)
	public List<Room> rooms() {
		return bookings.rooms().stream().filter(r -> r.kind() != RoomKind.FLEX_DESK).toList();
	}

	// ---------------------------------------------------------------- internals

	record Row(UUID id, AppointmentKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable UUID roomId,
			@Nullable String roomName, @Nullable UUID trajectoryId, @Nullable UUID personId, @Nullable String description,
			@Nullable String otherParticipants, UUID organiser, String organiserName, boolean cancelled,
			@Nullable String outcomeNote, @Nullable OffsetDateTime outcomeAt, @Nullable String outcomeByName) {

		static final RowMapper<Row> MAPPER = (rs, n) -> new Row(rs.getObject("id", UUID.class),
				AppointmentKind.valueOf(rs.getString("kind")), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getObject("room_id", UUID.class), rs.getString("room_name"),
				rs.getObject("trajectory_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("description"),
				rs.getString("other_participants"), rs.getObject("organiser", UUID.class), rs.getString("organiser_name"),
				rs.getObject("cancelled_at", OffsetDateTime.class) != null, rs.getString("outcome_note"),
				rs.getObject("outcome_at", OffsetDateTime.class), rs.getString("outcome_by_name"));
	}

	private record Caller(UserProfile user, Set<String> authorities) {

		boolean keepsAgenda() {
			return authorities.contains("ROLE_SECRETARIAT") || authorities.contains("ROLE_HOUSE_MANAGER");
		}

		boolean takesPart(Row row, List<AppointmentView.Participant> participants) {
			return user.id().equals(row.organiser()) || participants.stream().anyMatch(p -> p.userId().equals(user.id()));
		}

		boolean mayCancel(Row row) {
			return keepsAgenda() || user.id().equals(row.organiser());
		}
	}

	private AppointmentView view(Caller caller, Row row, List<AppointmentView.Participant> who) {
		boolean takesPart = caller.takesPart(row, who);
		AppointmentView.Details details = takesPart ? new AppointmentView.Details(row.trajectoryId(), row.description(),
				row.otherParticipants(), row.outcomeNote(), row.outcomeAt(), row.outcomeByName()) : null;
		return new AppointmentView(row.id(), row.kind(), row.startsAt(), row.endsAt(), row.roomId(), row.roomName(),
				row.organiser(), row.organiserName(), who, row.cancelled(), details, takesPart && !row.cancelled(),
				caller.mayCancel(row) && !row.cancelled());
	}

	private List<Row> rows(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("SELECT * FROM agenda_appointment WHERE starts_at < :to AND ends_at > :from ORDER BY starts_at, id")
			.param("from", from).param("to", to).query(Row.MAPPER).list();
	}

	private Optional<Row> find(UUID appointmentId) {
		return jdbc.sql("SELECT * FROM agenda_appointment WHERE id = :id").param("id", appointmentId).query(Row.MAPPER)
			.optional();
	}

	private Map<UUID, List<AppointmentView.Participant>> participants(List<UUID> appointmentIds) {
		if (appointmentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT appointment_id, user_id, display_name, organisation_name FROM agenda_appointment_participant
				WHERE appointment_id IN (:ids) ORDER BY display_name""")
			.param("ids", appointmentIds)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new AppointmentView.Participant(
					rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private void audit(AuditAction action, UUID appointmentId, @Nullable UUID personId) {
		AuditEntry entry = AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, appointmentId);
		auditLog.record(personId == null ? entry : entry.concerning(personId));
	}

	private static Caller caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof UserProfile profile)) {
			throw new org.springframework.security.access.AccessDeniedException("No signed-in user");
		}
		Set<String> authorities = new HashSet<>();
		authentication.getAuthorities().forEach(a -> authorities.add(String.valueOf(a.getAuthority())));
		return new Caller(profile, authorities);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static int length(@Nullable String text) {
		return text == null ? 0 : text.length();
	}

	private static @Nullable String stripped(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}
}
