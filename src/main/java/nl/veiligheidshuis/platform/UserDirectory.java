package nl.veiligheidshuis.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * User accounts by user name or role, for modules that may not use the identity module but address a
 * known account (demo seeding that records which demo user referred a person) or offer a choice of
 * accounts (the intervention managers a trajectory can be assigned to). The identity module implements it.
 */
public interface UserDirectory {

	/** An enabled account as other modules name it: who may be chosen, e.g. as intervention manager. */
	record Member(UUID id, String displayName, String organisationName) {
	}

	/** The id of the account with this user name. */
	Optional<UUID> idOf(String username);

	/** The enabled accounts with a role (its name, e.g. {@code INTERVENTION_MANAGER}), by display name. */
	java.util.List<Member> withRole(String role);

	/** The enabled accounts of one partner organisation that hold a role (its name), by display name. */
	java.util.List<Member> inOrganisation(UUID organisation, String role);
}
