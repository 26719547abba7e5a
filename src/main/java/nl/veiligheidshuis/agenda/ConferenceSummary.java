package nl.veiligheidshuis.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case conference in a list: when, where, who chairs, how many items the caller may see. No client data, so
 * part B's calendar and {@code .ics} feed can show it as "Casusoverleg", room and time.
 */
public record ConferenceSummary(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, String roomName,
		UUID chairId, String chairName, UUID minuteTakerId, String minuteTakerName, boolean cancelled, int visibleItems) {
}
