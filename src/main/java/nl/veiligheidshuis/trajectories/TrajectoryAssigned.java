package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An intervention manager (user account id) now directs the trajectory; the previous one, on a reassignment. */
public record TrajectoryAssigned(UUID trajectoryId, UUID interventionManager, @Nullable UUID previousInterventionManager,
		OffsetDateTime at) {
}
