package nl.veiligheidshuis.privacy;

/** How an audited attempt ended. */
public enum AuditResult {
	/** The access was allowed and happened. */
	ALLOWED,
	/** The access was refused: no right, or wrong credentials. */
	DENIED,
	/** The access failed on a technical error. */
	ERROR
}
