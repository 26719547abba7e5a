package nl.veiligheidshuis.partners;

/** How a partner is present in the house. */
public enum Presence {
	/** Dagelijks aanwezig met eigen werkplek. */
	DAILY,
	/** Op een flexplek, op vaste of wisselende dagen. */
	FLEX_DESK,
	/** Op afstand; komt voor (casus)overleggen. */
	REMOTE
}
