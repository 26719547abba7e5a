package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A selection run: its reference date and rule-set version, and how far it is. */
public record SelectionRun(UUID id, LocalDate referenceDate, int ruleSetVersion, OffsetDateTime startedAt,
		@Nullable OffsetDateTime finishedAt, Status status, long antecedentsRead, int personsProcessed, @Nullable Integer personsTotal,
		@Nullable Integer candidates) {

	public enum Status {
		RUNNING, COMPLETED, FAILED
	}

	public boolean completed() {
		return status == Status.COMPLETED;
	}
}
