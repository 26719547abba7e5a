package nl.veiligheidshuis.trajectories;

/** How the client answered an offer; labels {@code trajectory.offer.outcome.<NAME>}. */
public enum OfferOutcome {
	/** Offered, not answered yet. */
	OPEN,
	/** Accepted and signed by the client and the intervention manager: the contract. */
	ACCEPTED,
	/** Refused by the client: escalation. */
	REFUSED
}
