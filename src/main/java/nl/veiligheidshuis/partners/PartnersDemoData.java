package nl.veiligheidshuis.partners;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;

/**
 * The partners the demo users work for, named as in the 2006 covenant of the district house Heerlen.
 * The Partners issue adds all signing partners with their representatives.
 */
@Component
class PartnersDemoData implements DemoDataSeeder {

	/** Names the identity module's demo data refers to. */
	static final String[][] DEMO_PARTNERS = {
			{ "Veiligheidshuis Heerlen (bedrijfsbureau)", "OTHER" },
			{ "Gemeente Heerlen", "MUNICIPALITY" },
			{ "Arrondissementsparket Openbaar Ministerie Maastricht", "PROSECUTION" },
			{ "Politie regio Limburg Zuid", "POLICE" },
			{ "Stichting Reclassering Nederland regio Limburg", "PROBATION" },
			{ "Bureau Jeugdzorg Limburg", "YOUTH_CARE" } };

	private final PartnerOrganisations partners;

	PartnersDemoData(PartnerOrganisations partners) {
		this.partners = partners;
	}

	@Override
	public String name() {
		return "partners.organisations";
	}

	@Override
	public int getOrder() {
		return 100;
	}

	@Override
	public void seed() {
		for (String[] partner : DEMO_PARTNERS) {
			if (partners.findByName(partner[0]).isEmpty()) {
				partners.register(partner[0], PartnerType.valueOf(partner[1]));
			}
		}
	}
}
