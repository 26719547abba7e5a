package nl.veiligheidshuis.partners;

import java.util.List;
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

	@Override
	public List<Organisation> all() {
		return partners.all().stream().map(partner -> new Organisation(partner.id().value(), partner.name())).toList();
	}
}
