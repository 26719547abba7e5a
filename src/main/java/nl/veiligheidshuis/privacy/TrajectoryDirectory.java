package nl.veiligheidshuis.privacy;

import java.util.Optional;
import java.util.UUID;

/**
 * Port to the module that holds trajectories: the access facts of one trajectory, if it exists. The
 * trajectories module implements it; until then there is none, {@link TrajectoryAccess} knows no trajectory, and every
 * trajectory-scoped path answers 404.
 */
public interface TrajectoryDirectory {

	Optional<TrajectoryAccessFacts> factsOf(UUID trajectoryId);
}
