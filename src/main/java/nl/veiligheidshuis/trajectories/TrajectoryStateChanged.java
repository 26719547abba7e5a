package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A trajectory moved along one {@link Transition} of the table. Published for every move, closure included. */
public record TrajectoryStateChanged(UUID trajectoryId, TrajectoryState from, TrajectoryState to, Transition transition,
		OffsetDateTime at) {
}
