package nl.veiligheidshuis.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;

/**
 * Test double of the two ports the trajectories and partners modules will implement: trajectories the
 * tests register, and privacy covenants that cover {@link #COVERED} for every organisation.
 */
@Component
public class FixtureTrajectories implements TrajectoryDirectory, PrivacyCovenants {

	public static final String COVERED = "PROLIFIC_OFFENDER";

	private final Map<UUID, TrajectoryAccessFacts> trajectories = new ConcurrentHashMap<>();

	public void add(TrajectoryAccessFacts facts) {
		trajectories.put(facts.trajectoryId(), facts);
	}

	@Override
	public Optional<TrajectoryAccessFacts> factsOf(UUID trajectoryId) {
		return Optional.ofNullable(trajectories.get(trajectoryId));
	}

	@Override
	public boolean covers(PartnerOrganisationId organisation, String targetGroup) {
		return COVERED.equals(targetGroup);
	}
}
