package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One request of the partner check (DESIGN.md §4 rule 5): the owner partner of an intervention is asked to
 * commit to its planned start (as in plan version {@code planNumber}), and answers once.
 */
public record Commitment(UUID id, UUID interventionId, int planNumber, UUID ownerId, String ownerName,
		LocalDate plannedStart, CommitmentStatus status, OffsetDateTime requestedAt, @Nullable OffsetDateTime answeredAt,
		@Nullable String answeredByName, @Nullable LocalDate proposedStart, @Nullable String note) {

	/** Whether this confirms the intervention as it is planned now (same owner, same start). */
	boolean confirms(Intervention intervention) {
		return status == CommitmentStatus.CONFIRMED && interventionId.equals(intervention.id())
				&& ownerId.equals(intervention.ownerId()) && plannedStart.equals(intervention.plannedStart());
	}
}
