package nl.veiligheidshuis.intake;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Triage accepted a referral or signal: the person is a candidate for selection (and trajectories may start
 * an urgent trajectory from it). Published in the deciding transaction; carries ids only, no person data.
 *
 * @param organisationId the referring partner, on whose behalf the house processes the data
 */
public record ReferralAccepted(UUID referralId, UUID personId, ReferralKind kind, Set<TargetGroup> targetGroups,
		UUID organisationId, OffsetDateTime acceptedAt) {

	public ReferralAccepted {
		targetGroups = Set.copyOf(targetGroups);
	}
}
