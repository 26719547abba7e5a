package nl.veiligheidshuis.agenda;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case conference took place: its attendance or a decision was recorded. May be published more than once for
 * one conference; listeners count it once. Ids and times only (for the steering-group report).
 */
public record CaseConferenceHeld(UUID conferenceId, OffsetDateTime startsAt) {
}
