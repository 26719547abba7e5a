package nl.veiligheidshuis.trajectories;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.partners.Chain;

/**
 * A partner organisation taking part in a trajectory, and why: it leads one of the trajectory's chains, it
 * referred the client, or it was added as a participant. The name as it was when it joined.
 */
public record Participant(UUID organisationId, String organisationName, Role role, @Nullable Chain chain) {

	public enum Role {
		/** Leads a chain of the trajectory (covenant: "regie"). */
		CHAIN_LEAD,
		/** Referred the client (urgent start from a referral). */
		REFERRER,
		/** Takes part in the plan or its conferences. */
		PARTICIPANT
	}
}
