package nl.veiligheidshuis.partners;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a partner organisation of the house. Serializable: it is part of the session's principal. */
public record PartnerOrganisationId(UUID value) implements Serializable {

	public static PartnerOrganisationId random() {
		return new PartnerOrganisationId(UUID.randomUUID());
	}
}
