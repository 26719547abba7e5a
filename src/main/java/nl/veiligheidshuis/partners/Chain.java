package nl.veiligheidshuis.partners;

/** The chains of the house, each led by one partner (covenant: "regieverantwoordelijkheid"). */
public enum Chain {
	/** Strafrechtketen: Openbaar Ministerie. */
	CRIMINAL_JUSTICE,
	/** Jeugdstrafrechtketen (casusregie): Raad voor de Kinderbescherming. */
	YOUTH_CRIMINAL_JUSTICE,
	/** (Na)zorgketen: gemeente. */
	AFTERCARE,
	/** Preventie: gemeente. */
	PREVENTION,
	/** Integrale veiligheid: gemeente. */
	INTEGRAL_SAFETY
}
