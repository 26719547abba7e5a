package nl.veiligheidshuis.agenda;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.Room;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * Booking of the house's rooms and flex desks. No room is booked twice for overlapping slots: the exclusion
 * constraint of {@code agenda_room_booking} decides, so of two requests racing for the same slot exactly one
 * wins; the loser gets {@link AgendaRefused} with {@code agenda.rule.roomOccupied}. Everyone signed in sees
 * occupancy (time and purpose, no client data); the secretariat and the house manager book.
 */
@Service
public class RoomBookings {

	/** Who may see occupancy. */
	public static final String MAY_READ = "isAuthenticated()";
	/** The purpose of a conference's booking: never the clients on its agenda. */
	static final String CONFERENCE_PURPOSE = "Casusoverleg";
	static final String OCCUPIED = "agenda.rule.roomOccupied";
	/** PostgreSQL's exclusion_violation. */
	private static final String EXCLUSION_VIOLATION = "23P01";

	private static final RowMapper<RoomBooking> MAPPER = (rs, n) -> new RoomBooking(rs.getObject("id", UUID.class),
			rs.getObject("room_id", UUID.class), rs.getString("room_name"), rs.getObject("starts_at", OffsetDateTime.class),
			rs.getObject("ends_at", OffsetDateTime.class), rs.getString("purpose"),
			rs.getObject("conference_id", UUID.class), rs.getObject("appointment_id", UUID.class),
			rs.getObject("booked_by", UUID.class));

	private final JdbcClient jdbc;
	private final HouseRooms rooms;
	private final Clock clock;

	RoomBookings(JdbcClient jdbc, HouseRooms rooms, Clock clock) {
		this.jdbc = jdbc;
		this.rooms = rooms;
		this.clock = clock;
	}

	/** Every room and flex desk of the house, by name. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_READ)
	public List<Room> rooms() {
		return rooms.all().stream().sorted(Comparator.comparing(Room::name)).toList();
	}

	/** The bookings of a room that overlap [from, to), earliest first; 404 for an unknown room. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_READ)
	public List<RoomBooking> of(UUID roomId, OffsetDateTime from, OffsetDateTime to) {
		room(roomId).orElseThrow(RoomNotFound::new);
		return jdbc.sql("""
				SELECT * FROM agenda_room_booking WHERE room_id = :room AND starts_at < :to AND ends_at > :from
				ORDER BY starts_at, id""")
			.param("room", roomId).param("from", from).param("to", to).query(MAPPER).list();
	}

	/** The bookings of every room that overlap [from, to), by start. */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_READ)
	public List<RoomBooking> between(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("""
				SELECT * FROM agenda_room_booking WHERE starts_at < :to AND ends_at > :from ORDER BY starts_at, room_name, id""")
			.param("from", from).param("to", to).query(MAPPER).list();
	}

	/** Books a room or flex desk, checking every rule at once; 404 for an unknown room. */
	@Transactional
	@PreAuthorize(CaseConferences.MAY_PLAN)
	public UUID book(UUID roomId, OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose, UserProfile actor) {
		Room room = room(roomId).orElseThrow(RoomNotFound::new);
		List<String> violations = new ArrayList<>();
		if (!endsAt.isAfter(startsAt)) {
			violations.add("agenda.rule.endAfterStart");
		}
		if (purpose.isBlank()) {
			violations.add("agenda.rule.purpose");
		}
		if (violations.isEmpty() && occupied(roomId, startsAt, endsAt, null)) {
			violations.add(OCCUPIED);
		}
		if (!violations.isEmpty()) {
			throw new AgendaRefused(violations);
		}
		return insert(room, startsAt, endsAt, purpose.strip(), null, null, actor.id(), OffsetDateTime.now(clock));
	}

	/** Whether another booking (not the conference's own) overlaps the slot: for listing every broken rule at once. */
	boolean occupied(UUID roomId, OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable UUID exceptConference) {
		if (!endsAt.isAfter(startsAt)) {
			return false;
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM agenda_room_booking WHERE room_id = :room
				  AND tstzrange(starts_at, ends_at) && tstzrange(:starts, :ends)
				  AND conference_id IS DISTINCT FROM :conference)""")
			.param("room", roomId).param("starts", startsAt).param("ends", endsAt).param("conference", exceptConference)
			.query(Boolean.class).single();
	}

	/** A conference's slot; in the conference's transaction, so a refused slot leaves no conference either. */
	void bookConference(UUID conferenceId, Room room, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID actorId,
			OffsetDateTime at) {
		insert(room, startsAt, endsAt, CONFERENCE_PURPOSE, conferenceId, null, actorId, at);
	}

	/** An appointment's slot, in the appointment's transaction; its purpose is the kind of appointment only. */
	void bookAppointment(UUID appointmentId, Room room, OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose,
			UUID actorId, OffsetDateTime at) {
		insert(room, startsAt, endsAt, purpose, null, appointmentId, actorId, at);
	}

	/** A cancelled appointment frees its room. */
	void releaseAppointment(UUID appointmentId) {
		jdbc.sql("DELETE FROM agenda_room_booking WHERE appointment_id = :appointment").param("appointment", appointmentId)
			.update();
	}

	/** A room or flex desk of the register. */
	java.util.Optional<Room> find(UUID roomId) {
		return room(roomId);
	}

	/** Moves a conference's booking with it (booking it afresh if it had none). */
	void moveConference(UUID conferenceId, Room room, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID actorId,
			OffsetDateTime at) {
		int moved = refusingOverlap(() -> jdbc.sql("""
				UPDATE agenda_room_booking SET room_id = :room, room_name = :name, starts_at = :starts, ends_at = :ends
				WHERE conference_id = :conference""")
			.param("room", room.id()).param("name", room.name()).param("starts", startsAt).param("ends", endsAt)
			.param("conference", conferenceId).update());
		if (moved == 0) {
			bookConference(conferenceId, room, startsAt, endsAt, actorId, at);
		}
	}

	/** A cancelled conference frees its room. */
	void releaseConference(UUID conferenceId) {
		jdbc.sql("DELETE FROM agenda_room_booking WHERE conference_id = :conference").param("conference", conferenceId)
			.update();
	}

	private UUID insert(Room room, OffsetDateTime startsAt, OffsetDateTime endsAt, String purpose,
			@Nullable UUID conferenceId, @Nullable UUID appointmentId, UUID actorId, OffsetDateTime at) {
		UUID id = UUID.randomUUID();
		refusingOverlap(() -> jdbc.sql("""
				INSERT INTO agenda_room_booking (id, room_id, room_name, starts_at, ends_at, purpose, conference_id,
				  appointment_id, booked_at, booked_by)
				VALUES (:id, :room, :name, :starts, :ends, :purpose, :conference, :appointment, :at, :by)""")
			.param("id", id).param("room", room.id()).param("name", room.name()).param("starts", startsAt)
			.param("ends", endsAt).param("purpose", purpose).param("conference", conferenceId)
			.param("appointment", appointmentId).param("at", at)
			.param("by", actorId).update());
		return id;
	}

	/** The exclusion constraint's verdict (a racing request took the slot first) as the rule it enforces. */
	private static int refusingOverlap(java.util.function.IntSupplier statement) {
		try {
			return statement.getAsInt();
		}
		catch (DataIntegrityViolationException violation) {
			for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
					throw new AgendaRefused(OCCUPIED);
				}
			}
			throw violation;
		}
	}

	private java.util.Optional<Room> room(UUID roomId) {
		return rooms.all().stream().filter(r -> r.id().equals(roomId)).findFirst();
	}
}
