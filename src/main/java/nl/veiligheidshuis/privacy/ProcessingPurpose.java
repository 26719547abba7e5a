package nl.veiligheidshuis.privacy;

/**
 * The processing activity (AVG art. 30) on whose behalf personal data are used; every audit record
 * names one. Modules that start processing personal data for a new purpose add it here, so the register
 * of processing activities and this list stay one.
 */
public enum ProcessingPurpose {
	/** Signing in and out of the system. */
	AUTHENTICATION,
	/** The functional administrator's supervision of the audit log itself. */
	AUDIT_SUPERVISION,
	/** The person-centred approach of the house: selection, trajectories, case conferences. */
	PERSON_CENTRED_APPROACH,
	/** Keeping the register of the house: partners and their contact persons, covenants, municipalities, rooms. */
	HOUSE_ADMINISTRATION
}
