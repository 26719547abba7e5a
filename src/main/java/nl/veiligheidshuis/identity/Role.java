package nl.veiligheidshuis.identity;

/** What a user does in the house; a user has one or more roles. */
public enum Role {
	/** Interventiemanager: directs the trajectories assigned to them. */
	INTERVENTION_MANAGER,
	/** Bedrijfsbureau: agenda, minutes, system administration, break-glass access. */
	SECRETARIAT,
	/** Manager veiligheidshuis: assigns trajectories, adopts lists, accounts to the steering group. */
	HOUSE_MANAGER,
	/** Professional of a partner organisation (police, OM, probation, care …). */
	PARTNER_PROFESSIONAL,
	/** Member of the district steering group: aggregates only. */
	STEERING_GROUP_MEMBER,
	/** Functioneel beheerder: accounts, rights and settings, no client data. */
	FUNCTIONAL_ADMINISTRATOR;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
