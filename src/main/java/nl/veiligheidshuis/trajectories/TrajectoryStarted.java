package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

import nl.veiligheidshuis.platform.TargetGroup;

/** A trajectory started for a person (state SELECTED). Ids only, no person data. */
public record TrajectoryStarted(UUID trajectoryId, UUID personId, TargetGroup targetGroup, TrajectoryOrigin origin,
		OffsetDateTime at) {
}
