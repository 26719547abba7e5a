package nl.veiligheidshuis.victims;

/** Support offered to a victim (covenant: victim's interests, mediation, confrontation); labels {@code victims.support.<NAME>}. */
public enum SupportKind {
	/** Verwijzing naar Slachtofferhulp. */
	VICTIM_SUPPORT_REFERRAL,
	/** Slachtoffergesprek. */
	VICTIM_CONVERSATION,
	/** Schade- of conflictbemiddeling. */
	MEDIATION,
	/** Dader-slachtofferconfrontatie. */
	VICTIM_OFFENDER_CONFRONTATION
}
