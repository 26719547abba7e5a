package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerDetails;
import nl.veiligheidshuis.partners.PartnerOrganisation;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.DemoPdf;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The privacy covenant the 2006 framework document says must be made ("op korte termijn dient een
 * convenant uitwisseling privacygegevens opgesteld en ondertekend te worden"): synthetic, for all target
 * groups, between the signing partners of the covenant, valid from the signing date without end. The police and
 * the housing association receive fewer categories of data than the others (see {@link #seed()}), so that a demo
 * login as politie.demo shows field-level data minimisation at work.
 */
@Component
class PrivacyCovenantDemoData implements DemoDataSeeder {

	static final String TITLE = "Privacyconvenant persoonsgerichte aanpak Veiligheidshuis Heerlen";

	private final PrivacyCovenantRegister covenants;
	private final PartnerOrganisations partners;
	private final Documents documents;

	PrivacyCovenantDemoData(PrivacyCovenantRegister covenants, PartnerOrganisations partners, Documents documents) {
		this.covenants = covenants;
		this.partners = partners;
		this.documents = documents;
	}

	@Override
	public String name() {
		return "privacy.covenant";
	}

	@Override
	public int getOrder() {
		return 150;
	}

	@Override
	public void seed() {
		var signatories = partners.allDetails().stream()
			.filter(PartnerDetails::signatory)
			.map(PartnerDetails::organisation)
			.toList();
		// Field-level data minimisation: the police and the housing association are no care partners and do not
		// need the BSN (they identify the client by name and date of birth); the housing association gets no
		// judicial or victim data either. Every other party receives every category.
		Map<PartnerOrganisationId, Set<DataCategory>> categories = new HashMap<>();
		for (PartnerOrganisation party : signatories) {
			categories.put(party.id(), switch (party.type()) {
				case POLICE -> EnumSet.complementOf(EnumSet.of(DataCategory.BSN, DataCategory.CARE));
				case HOUSING -> EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT);
				default -> DataCategory.ALL;
			});
		}
		var document = documents.store("privacyconvenant-veiligheidshuis-heerlen.pdf",
				DemoPdf.withText(TITLE, "Synthetisch demodocument"), "demo");
		covenants.record(TITLE, signatories.stream().map(PartnerOrganisation::id).collect(Collectors.toSet()),
				EnumSet.allOf(TargetGroup.class),
				"Selectie, plan van aanpak, uitvoering en nazorg van de persoonsgerichte aanpak; casusoverleg; "
						+ "verantwoording aan de stuurgroep.",
				"Wet bescherming persoonsgegevens art. 8 sub e en art. 9; Wet politiegegevens; "
						+ "Wet justitiële en strafvorderlijke gegevens; Wet op de jeugdzorg art. 53 (synthetische demotekst).",
				LocalDate.of(2006, 9, 7), null, document, categories);
	}
}
