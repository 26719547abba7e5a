package nl.veiligheidshuis.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.platform.ApiPaths;

/** The partner register for API clients: partners with their accession and contact points, municipalities. */
@RestController
@Tag(name = "partners", description = "Partnerorganisaties, toetreding tot het convenant en gemeenten van het district")
class PartnersApi {

	record AccessionResource(String kind, @Nullable String representative, @Nullable LocalDate approvedOn,
			@Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom, @Nullable String documentUrl) {
	}

	record PartnerResource(UUID id, String name, PartnerType type, Presence presence, @Nullable LocalDate activeFrom,
			@Nullable LocalDate activeTo, boolean partyToday, List<AccessionResource> accessions,
			List<ContactPoint> contactPoints) {
	}

	record PopulationResource(int year, int population, LocalDate countedOn, @Nullable String source) {
	}

	record MunicipalityResource(UUID id, String name, List<PopulationResource> populations) {
	}

	private final PartnerOrganisations partners;
	private final Municipalities municipalities;
	private final Clock clock;

	PartnersApi(PartnerOrganisations partners, Municipalities municipalities, Clock clock) {
		this.partners = partners;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping(path = ApiPaths.V1 + "/partners", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Alle partnerorganisaties, met toetreding en contactpersonen")
	List<PartnerResource> partners() {
		LocalDate today = LocalDate.now(clock);
		return partners.allDetails().stream().map(partner -> resource(partner, today)).toList();
	}

	@GetMapping(path = ApiPaths.V1 + "/partners/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén partnerorganisatie")
	PartnerResource partner(@PathVariable UUID id) {
		return partners.details(new PartnerOrganisationId(id))
			.map(partner -> resource(partner, LocalDate.now(clock)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping(path = ApiPaths.V1 + "/municipalities", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De gemeenten van het district met hun inwonertal per jaar (nieuwste eerst)")
	List<MunicipalityResource> municipalities() {
		return municipalities.all().stream()
			.map(municipality -> new MunicipalityResource(municipality.id(), municipality.name(),
					municipality.populations().stream()
						.map(figure -> new PopulationResource(figure.year(), figure.population(), figure.countedOn(),
								figure.source()))
						.toList()))
			.toList();
	}

	private static PartnerResource resource(PartnerDetails partner, LocalDate today) {
		return new PartnerResource(partner.organisation().id().value(), partner.organisation().name(),
				partner.organisation().type(), partner.presence(), partner.activeFrom(), partner.activeTo(),
				partner.partyOn(today),
				partner.accessions().stream()
					.map(accession -> new AccessionResource(accession.kind().name(), accession.representative(),
							accession.approvedOn(), accession.signedOn(), accession.effectiveFrom(),
							accession.document() == null ? null : "/documenten/" + accession.document().value()))
					.toList(),
				partner.contactPoints());
	}
}
