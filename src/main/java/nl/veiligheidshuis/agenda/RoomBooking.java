package nl.veiligheidshuis.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One booking of a room or flex desk: its slot [startsAt, endsAt) and what it is for, never client data. A case
 * conference's slot is a booking with its {@code conferenceId}, an appointment's with its {@code appointmentId}.
 */
public record RoomBooking(UUID id, UUID roomId, String roomName, OffsetDateTime startsAt, OffsetDateTime endsAt,
		String purpose, @Nullable UUID conferenceId, @Nullable UUID appointmentId, UUID bookedBy) {
}
