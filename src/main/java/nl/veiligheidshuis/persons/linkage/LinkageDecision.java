package nl.veiligheidshuis.persons.linkage;

/** What identity resolution does with a scored pair. */
public enum LinkageDecision {

	/** At or above the upper threshold (or the same valid BSN): the records are linked automatically. */
	MATCH,
	/** Between the thresholds: a person decides, in the clerical review queue. */
	REVIEW,
	/** Below the lower threshold: not the same person; an incoming record without a match becomes a new person. */
	NON_MATCH
}
