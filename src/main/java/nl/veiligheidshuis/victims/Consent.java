package nl.veiligheidshuis.victims;

/** Whether the victim agreed to an offer; labels {@code victims.consent.<NAME>}. */
public enum Consent {
	PENDING, GIVEN, REFUSED
}
