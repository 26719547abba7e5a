package nl.veiligheidshuis.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * User accounts by user name, for modules that may not use the identity module but address a known
 * account, such as demo seeding that records which demo user referred a person. The identity module
 * implements it.
 */
public interface UserDirectory {

	/** The id of the account with this user name. */
	Optional<UUID> idOf(String username);
}
