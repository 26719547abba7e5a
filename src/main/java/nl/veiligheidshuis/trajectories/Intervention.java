package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One intervention of a plan version: what is done, for which life domain, by which owner partner (its name
 * as it was then), when, and whether it is care, pressure or coercion. The id stays the same from version to
 * version; the commitment of its owner refers to it.
 */
public record Intervention(UUID id, String description, LifeDomain lifeDomain, InterventionType type,
		InterventionKind kind, UUID ownerId, String ownerName, LocalDate plannedStart, @Nullable LocalDate plannedEnd) {

	/** The same intervention starting on another date; the end moves along, so the duration stays. */
	Intervention startingOn(LocalDate start) {
		LocalDate end = plannedEnd == null ? null
				: start.plusDays(java.time.temporal.ChronoUnit.DAYS.between(plannedStart, plannedEnd));
		return new Intervention(id, description, lifeDomain, type, kind, ownerId, ownerName, start, end);
	}
}
