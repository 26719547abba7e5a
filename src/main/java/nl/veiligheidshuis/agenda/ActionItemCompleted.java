package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.util.UUID;

/** An action item was marked done on a date; on time when not after its due date. Ids and dates only. */
public record ActionItemCompleted(UUID actionItemId, LocalDate dueOn, LocalDate completedOn) {
}
