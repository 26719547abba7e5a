package nl.veiligheidshuis.agenda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An appointment as the caller may see it. Everyone who may read the agenda sees when, where, what kind and
 * who takes part; {@code details} (the trajectory, the description, other participants such as the client or
 * the victim, and the outcome note) only the organiser and the participants.
 */
public record AppointmentView(UUID id, AppointmentKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
		@Nullable UUID roomId, @Nullable String roomName, UUID organiserId, String organiserName,
		List<Participant> participants, boolean cancelled, @Nullable Details details, boolean mayRecordOutcome,
		boolean mayCancel) {

	/** A professional of the house taking part. */
	public record Participant(UUID userId, String displayName, String organisationName) {
	}

	/** What only the organiser and the participants read. */
	public record Details(@Nullable UUID trajectoryId, @Nullable String description, @Nullable String otherParticipants,
			@Nullable String outcomeNote, @Nullable OffsetDateTime outcomeAt, @Nullable String outcomeByName) {
	}
}
