package nl.veiligheidshuis.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner organisations by name, for modules that may not use the partners module but record which
 * partner said something (the person registry's source records) or name partners (the participants a
 * referral proposes). The partners module implements it.
 */
public interface OrganisationDirectory {

	/** A partner organisation as other modules see it. */
	record Organisation(UUID id, String name) {
	}

	/** The id of the organisation with exactly this name. */
	Optional<UUID> idOf(String name);

	/** Every organisation of the register, by name. */
	List<Organisation> all();
}
