package nl.veiligheidshuis.victims;

/** A person's part in a domestic-violence case; labels {@code victims.caseRole.<NAME>}. */
public enum CaseRole {
	PERPETRATOR, VICTIM, CHILD
}
