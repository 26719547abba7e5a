package nl.veiligheidshuis.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * The partner organisations by name, for modules that may not use the partners module but record which
 * partner said something (the person registry's source records). The partners module implements it.
 */
public interface OrganisationDirectory {

	/** The id of the organisation with exactly this name. */
	Optional<UUID> idOf(String name);
}
