package nl.veiligheidshuis.victims;

/** What happened; labels {@code victims.incidentKind.<NAME>}. */
public enum IncidentKind {
	DOMESTIC_VIOLENCE, VIOLENCE, THREAT, BURGLARY, THEFT, NUISANCE, OTHER
}
