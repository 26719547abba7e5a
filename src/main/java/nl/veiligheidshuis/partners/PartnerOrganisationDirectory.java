package nl.veiligheidshuis.partners;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.OrganisationDirectory;

/** The partner register as the platform's directory of organisations. */
@Component
class PartnerOrganisationDirectory implements OrganisationDirectory {

	private final PartnerOrganisations partners;

	PartnerOrganisationDirectory(PartnerOrganisations partners) {
		this.partners = partners;
	}

	@Override
	public Optional<UUID> idOf(String name) {
		return partners.findByName(name).map(PartnerOrganisationId::value);
	}
}
