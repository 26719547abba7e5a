package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure of pressure or coercion after a refusal or a drop-out ("drang en dwang"), owned by the Public
 * Prosecution Service or a municipality, with its dates and — once known — its outcome.
 */
public record EscalationMeasure(UUID id, String description, InterventionKind kind, UUID ownerId, String ownerName,
		LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String outcome, OffsetDateTime recordedAt,
		String recordedByName) {
}
