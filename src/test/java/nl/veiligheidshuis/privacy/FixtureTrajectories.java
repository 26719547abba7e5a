package nl.veiligheidshuis.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Test double of the port the trajectories module will implement: trajectories the tests register. The
 * privacy covenants are real: the demo privacy covenant covers every target group, {@link #COVERED}
 * among them, for the signing partners of the covenant.
 */
@Component
public class FixtureTrajectories implements TrajectoryDirectory {

	public static final TargetGroup COVERED = TargetGroup.PROLIFIC_OFFENDER;

	private final Map<UUID, TrajectoryAccessFacts> trajectories = new ConcurrentHashMap<>();

	public void add(TrajectoryAccessFacts facts) {
		trajectories.put(facts.trajectoryId(), facts);
	}

	@Override
	public Optional<TrajectoryAccessFacts> factsOf(UUID trajectoryId) {
		return Optional.ofNullable(trajectories.get(trajectoryId));
	}
}
