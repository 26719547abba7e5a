package nl.veiligheidshuis.privacy;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * Whether an organisation is a party to the covenant of the house on a date: it signed it, or its
 * accession declaration is effective (partners module). A port, so the policy's unit test can stand in.
 */
interface CovenantParties {

	boolean partyOn(PartnerOrganisationId organisation, LocalDate date);

	@Component
	class FromPartnerRegister implements CovenantParties {

		private final PartnerOrganisations partners;

		FromPartnerRegister(PartnerOrganisations partners) {
			this.partners = partners;
		}

		@Override
		public boolean partyOn(PartnerOrganisationId organisation, LocalDate date) {
			return partners.partyOn(organisation, date);
		}
	}
}
