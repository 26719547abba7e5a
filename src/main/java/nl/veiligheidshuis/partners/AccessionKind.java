package nl.veiligheidshuis.partners;

/** How a partner became a party to the covenant (growth model of the covenant). */
public enum AccessionKind {
	/** Signed the covenant itself: a party from the signing date. */
	SIGNATORY,
	/** Joined later by a signed accession declaration, after approval by the steering group. */
	DECLARATION
}
