package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An owner partner answered a commitment request: confirmed, or proposed another start. Ids and times only, for
 * the response times in the steering-group report.
 */
public record CommitmentAnswered(UUID interventionId, UUID ownerId, OffsetDateTime requestedAt, OffsetDateTime answeredAt,
		boolean confirmed) {
}
