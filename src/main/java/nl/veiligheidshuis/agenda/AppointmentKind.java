package nl.veiligheidshuis.agenda;

/** What an appointment in the house is for; labels {@code agenda.appointment.kind.<NAME>}. */
public enum AppointmentKind {
	/** Intake for a community service order (taakstraf). */
	COMMUNITY_SERVICE_INTAKE,
	/** A conversation with a victim. */
	VICTIM_CONVERSATION,
	/** Damage or conflict mediation. */
	DAMAGE_MEDIATION,
	/** A conversation with a client. */
	CLIENT_CONVERSATION,
	/** Anything else; needs a description. */
	OTHER
}
