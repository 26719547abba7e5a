package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.RegisterEditors;
import nl.veiligheidshuis.platform.TargetGroup;

/** The privacy covenants of the house, with per party the categories of data it may receive. */
@RestController
@Tag(name = "privacyconvenanten", description = "Privacyconvenanten: partijen (met de gegevenscategorieën die zij mogen "
		+ "ontvangen), doelgroepen, doelen, grondslag en looptijd")
class PrivacyCovenantsApi {

	record PartyResource(UUID id, String name, List<DataCategory> categories) {
	}

	record PrivacyCovenantResource(UUID id, String title, List<PartyResource> parties, List<TargetGroup> targetGroups,
			String purposes, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, boolean validToday,
			@Nullable String documentUrl) {
	}

	/** The categories of data a party may receive; an empty list shares nothing beyond the client's name. */
	record CategoriesRequest(@Nullable List<DataCategory> categories) {
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
		return covenants.all().stream().map(covenant -> resource(covenant, today)).toList();
	}

	@PutMapping(path = ApiPaths.V1 + "/privacy-covenants/{id}/parties/{organisationId}/categories",
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De gegevenscategorieën die één partij onder het convenant mag ontvangen vervangen "
			+ "(functioneel beheerder, manager); 404 als de organisatie geen partij is")
	PrivacyCovenantResource changeCategories(@PathVariable UUID id, @PathVariable UUID organisationId,
			@RequestBody CategoriesRequest request) {
		if (!RegisterEditors.mayEdit()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		PrivacyCovenant covenant = covenants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PartnerOrganisationId party = new PartnerOrganisationId(organisationId);
		if (!covenant.parties().contains(party)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		if (request.categories() != null) {
			categories.addAll(request.categories());
		}
		covenants.changeCategories(id, party, categories);
		return resource(covenants.find(id).orElseThrow(), LocalDate.now(clock));
	}

	private PrivacyCovenantResource resource(PrivacyCovenant covenant, LocalDate today) {
		return new PrivacyCovenantResource(covenant.id(), covenant.title(),
				PrivacyCovenantPages.partiesOf(covenant, partners).stream()
					.map(party -> new PartyResource(party.id().value(), party.name(), covenant.categoriesOf(party.id())))
					.toList(),
				covenant.targetGroupsInOrder(), covenant.purposes(), covenant.legalBasis(), covenant.validFrom(),
				covenant.validTo(), covenant.validOn(today),
				covenant.document() == null ? null : "/documenten/" + covenant.document().value());
	}
}
