package nl.veiligheidshuis.trajectories;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.privacy.TrajectoryAccessFacts;
import nl.veiligheidshuis.privacy.TrajectoryDirectory;

/**
 * The privacy module's port: the facts that decide who may see a trajectory — client, target group,
 * intervention manager, the partners taking part (chain leads, referrer, participants), open or closed —
 * read fresh for every request.
 */
@Component
class TrajectoryAccessDirectory implements TrajectoryDirectory {

	private final StoredTrajectories stored;

	TrajectoryAccessDirectory(StoredTrajectories stored) {
		this.stored = stored;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TrajectoryAccessFacts> factsOf(UUID trajectoryId) {
		return stored.find(trajectoryId).map(Trajectories::facts);
	}
}
