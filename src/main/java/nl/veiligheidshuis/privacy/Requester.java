package nl.veiligheidshuis.privacy;

import java.util.Set;
import java.util.UUID;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerType;

/** Who asks: the user, their roles and their organisation (and its kind, which decides care access). */
public record Requester(UUID userId, Set<Role> roles, PartnerOrganisationId organisation, PartnerType organisationType) {

	public Requester {
		roles = Set.copyOf(roles);
	}
}
