package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.TargetGroup;

/** The privacy covenants of the house. */
@RestController
@Tag(name = "privacyconvenanten", description = "Privacyconvenanten: partijen, doelgroepen, doelen, grondslag en looptijd")
class PrivacyCovenantsApi {

	record PartyResource(UUID id, String name) {
	}

	record PrivacyCovenantResource(UUID id, String title, List<PartyResource> parties, List<TargetGroup> targetGroups,
			String purposes, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, boolean validToday,
			@Nullable String documentUrl) {
	}

	private final PrivacyCovenantRegister covenants;
	private final PartnerOrganisations partners;
	private final Clock clock;

	PrivacyCovenantsApi(PrivacyCovenantRegister covenants, PartnerOrganisations partners, Clock clock) {
		this.covenants = covenants;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping(path = ApiPaths.V1 + "/privacy-covenants", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Alle privacyconvenanten")
	List<PrivacyCovenantResource> all() {
		LocalDate today = LocalDate.now(clock);
		return covenants.all().stream()
			.map(covenant -> new PrivacyCovenantResource(covenant.id(), covenant.title(),
					PrivacyCovenantPages.partiesOf(covenant, partners).stream()
						.map(party -> new PartyResource(party.id().value(), party.name()))
						.toList(),
					covenant.targetGroupsInOrder(), covenant.purposes(), covenant.legalBasis(), covenant.validFrom(),
					covenant.validTo(), covenant.validOn(today),
					covenant.document() == null ? null : "/documenten/" + covenant.document().value()))
			.toList();
	}
}
