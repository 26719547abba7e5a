package nl.veiligheidshuis.privacy;

/** What was done (or attempted) with personal data; one of these per audit record. */
public enum AuditAction {
	/** Looked at a record of a person (a page, an API resource). */
	READ,
	/** Searched for persons; one record per person in the result. */
	SEARCH,
	/** Created a record. */
	CREATE,
	/** Changed a record. */
	UPDATE,
	/** Removed a record (soft delete or erasure). */
	DELETE,
	/** Exported data out of the system (file, report, API bulk). */
	EXPORT,
	/** Printed or made a PDF. */
	PRINT,
	/** Signed in. */
	LOGIN,
	/** Tried to sign in and failed; the actor is the user name as typed. */
	LOGIN_FAILED,
	/** Signed out. */
	LOGOUT,
	/** Opened a dossier outside the need-to-know rights, stating a reason (DESIGN.md §4 rule 9). */
	BREAK_GLASS
}
