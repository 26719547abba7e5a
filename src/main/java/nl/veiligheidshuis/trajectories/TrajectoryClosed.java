package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A trajectory was closed; retention periods count from {@code at} (DESIGN.md §4 rule 11). */
public record TrajectoryClosed(UUID trajectoryId, UUID personId, ClosureReason reason, OffsetDateTime at) {
}
