package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.UserDirectory;

/**
 * Synthetic charges of this year for a few partners on flex desks (the budgets themselves are reference data
 * of the kaderdocument, seeded by migration V110).
 */
@Component
class FinanceDemoData implements DemoDataSeeder {

	private final Charges charges;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final Clock clock;

	FinanceDemoData(Charges charges, PartnerOrganisations partners, UserDirectory users, Clock clock) {
		this.charges = charges;
		this.partners = partners;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "finance.demo-charges";
	}

	@Override
	public int getOrder() {
		return 800;
	}

	@Override
	public void seed() {
		UUID manager = users.idOf("manager.demo").orElse(null);
		if (manager == null) {
			return;
		}
		int year = LocalDate.now(clock).getYear();
		charge(year, "Bureau Jeugdzorg Limburg", Charges.Kind.ICT_WORKPLACE, 2, BigDecimal.ZERO, manager);
		charge(year, "Mondriaan Zorggroep", Charges.Kind.ICT_WORKPLACE, 1, BigDecimal.ZERO, manager);
		charge(year, "Mondriaan Zorggroep", Charges.Kind.TELEPHONE, 1, new BigDecimal("212.40"), manager);
		charge(year, "Stichting Huiselijk Geweld Zuid Limburg", Charges.Kind.COPYING, 1, new BigDecimal("86.15"), manager);
	}

	private void charge(int year, String partner, Charges.Kind kind, int quantity, BigDecimal amount, UUID by) {
		partners.findByName(partner)
			.map(PartnerOrganisationId::value)
			.ifPresent(id -> charges.record(year, id, kind, quantity, amount, by));
	}
}
