package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A selection run completed: published in the run's own transaction, so it exists exactly when the run's
 * candidates do. Carries no personal data; a listener reads the candidates through
 * {@link SelectionRuns#candidateFacts(UUID)}.
 */
public record SelectionRunCompleted(UUID runId, LocalDate referenceDate, int candidates) {
}
