package nl.veiligheidshuis.partners;

import java.util.UUID;

/** Identifies a partner organisation of the house. */
public record PartnerOrganisationId(UUID value) {

	public static PartnerOrganisationId random() {
		return new PartnerOrganisationId(UUID.randomUUID());
	}
}
