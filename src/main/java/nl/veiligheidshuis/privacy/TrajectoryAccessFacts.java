package nl.veiligheidshuis.privacy;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The facts about a trajectory that decide who may see it, as the trajectories module knows them at the
 * moment of the request (a snapshot).
 *
 * @param client the person the trajectory is about (for the audit log: one record per person concerned)
 * @param targetGroup the client's target group (DESIGN.md §4)
 * @param interventionManager the user account of the assigned intervention manager, if assigned
 * @param takingPart the partner organisations that take part: intervention owners, invited to one of its
 *        case conferences, or chain lead
 * @param open whether the trajectory is still open (not CLOSED)
 */
public record TrajectoryAccessFacts(UUID trajectoryId, UUID client, TargetGroup targetGroup, @Nullable UUID interventionManager,
		Set<PartnerOrganisationId> takingPart, boolean open) {

	public TrajectoryAccessFacts {
		takingPart = Set.copyOf(takingPart);
	}
}
