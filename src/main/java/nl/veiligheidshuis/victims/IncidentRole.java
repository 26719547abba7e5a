package nl.veiligheidshuis.victims;

/** The part a person had in an incident; labels {@code victims.role.<NAME>}. */
public enum IncidentRole {
	/** Verdachte / pleger. */
	SUSPECT,
	/** Slachtoffer. */
	VICTIM,
	/** Getuige. */
	WITNESS,
	/** Kind aanwezig (getuige van huiselijk geweld). */
	CHILD_PRESENT
}
