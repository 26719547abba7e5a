package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.util.UUID;

/** A conference recorded an action item due on a date. Ids and dates only (for the steering-group report). */
public record ActionItemRecorded(UUID actionItemId, UUID conferenceId, LocalDate dueOn) {
}
