package nl.veiligheidshuis.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The budgets of the kaderdocument as seeded: every figure adds up as in the document (tables A and B), the
 * exact population split of the shared € 55,000 next to the document's own figures, the API and the pages.
 */
@HouseIntegrationTest
class FinanceIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Budgets budgets;

	@Autowired
	Charges charges;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	private static BigDecimal euros(long amount) {
		return BigDecimal.valueOf(amount);
	}

	@Test
	void the_2007_budget_of_599000_is_Heerlen_195000_plus_justice_partners_254000_plus_province_150000() {
		Budget budget = budgets.budget(2007).orElseThrow();
		assertThat(budget.total()).isEqualByComparingTo(euros(599_000));
		assertThat(budget.linesTotal()).isEqualByComparingTo(euros(599_000));
		assertThat(budget.structuralTotal()).isEqualByComparingTo(euros(449_000));
		assertThat(budget.incidentalTotal()).isEqualByComparingTo(euros(150_000));
		assertThat(budget.contributions()).containsOnlyKeys(Funder.HEERLEN, Funder.OTHER_MUNICIPALITIES,
				Funder.JUSTICE_PARTNERS, Funder.PROVINCE);
		assertThat(budget.contributions().get(Funder.HEERLEN)).isEqualByComparingTo(euros(195_000));
		assertThat(budget.contributions().get(Funder.OTHER_MUNICIPALITIES)).isEqualByComparingTo(euros(0));
		assertThat(budget.contributions().get(Funder.JUSTICE_PARTNERS)).isEqualByComparingTo(euros(254_000));
		assertThat(budget.contributions().get(Funder.PROVINCE)).isEqualByComparingTo(euros(150_000));
		assertThat(budget.contributionsTotal()).isEqualByComparingTo(budget.total());
		// The lines each funder pays are the document's contribution of that funder.
		assertThat(budget.paidBy(Funder.HEERLEN)).isEqualByComparingTo(euros(195_000));
		assertThat(budget.paidBy(Funder.JUSTICE_PARTNERS)).isEqualByComparingTo(euros(254_000));
		assertThat(budget.paidBy(Funder.PROVINCE)).isEqualByComparingTo(euros(150_000));
		assertThat(budget.paidBy(Funder.SHARED_BY_POPULATION)).isEqualByComparingTo(euros(0));
		assertThat(budgets.allocation(2007)).isEmpty();
	}

	@Test
	void the_2008_and_2009_budgets_of_440000_are_Heerlen_216350_plus_other_municipalities_23650_plus_justice_200000() {
		for (int year : new int[] { 2008, 2009 }) {
			Budget budget = budgets.budget(year).orElseThrow();
			assertThat(budget.total()).as("total %d", year).isEqualByComparingTo(euros(440_000));
			assertThat(budget.linesTotal()).as("lines %d", year).isEqualByComparingTo(euros(440_000));
			assertThat(budget.incidentalTotal()).isEqualByComparingTo(euros(0));
			assertThat(budget.contributions().get(Funder.HEERLEN)).isEqualByComparingTo(euros(216_350));
			assertThat(budget.contributions().get(Funder.OTHER_MUNICIPALITIES)).isEqualByComparingTo(euros(23_650));
			assertThat(budget.contributions().get(Funder.JUSTICE_PARTNERS)).isEqualByComparingTo(euros(200_000));
			assertThat(budget.contributions().get(Funder.PROVINCE)).isEqualByComparingTo(euros(0));
			assertThat(budget.contributionsTotal()).isEqualByComparingTo(euros(440_000));
			// Heerlen: its own lines (roof, direction, half the office: 185,000) + its document share 31,350.
			assertThat(budget.paidBy(Funder.HEERLEN)).isEqualByComparingTo(euros(185_000));
			assertThat(budget.paidBy(Funder.JUSTICE_PARTNERS)).isEqualByComparingTo(euros(200_000));
			assertThat(budget.paidBy(Funder.SHARED_BY_POPULATION)).isEqualByComparingTo(euros(55_000));
			CostAllocation allocation = budgets.allocation(year).orElseThrow();
			assertThat(allocation.sharedCosts()).isEqualByComparingTo(budget.paidBy(Funder.SHARED_BY_POPULATION));
			assertThat(budget.paidBy(Funder.HEERLEN).add(allocation.documentLeadShare()))
				.isEqualByComparingTo(budget.contributions().get(Funder.HEERLEN));
			assertThat(allocation.documentOthersShare())
				.isEqualByComparingTo(budget.contributions().get(Funder.OTHER_MUNICIPALITIES));
		}
	}

	@Test
	void the_55000_shared_costs_split_exactly_by_population_next_to_the_documents_rounded_figures() {
		CostAllocation allocation = budgets.allocation(2008).orElseThrow();
		assertThat(allocation.totalPopulation()).isEqualTo(158_519);
		assertThat(allocation.exactTotal()).isEqualByComparingTo("55000.00");
		Map<String, CostAllocation.Part> parts = new java.util.HashMap<>();
		allocation.parts().forEach(part -> parts.put(part.municipality(), part));
		assertThat(parts).containsOnlyKeys("Heerlen", "Voerendaal", "Nuth", "Brunssum", "Onderbanken");
		assertThat(parts.get("Heerlen").exactAmount()).isEqualByComparingTo("31756.70");
		assertThat(parts.get("Heerlen").sharePercent()).isEqualByComparingTo("57.74");
		assertThat(parts.get("Heerlen").documentAmount()).isEqualByComparingTo("31350");
		assertThat(parts.get("Heerlen").documentStated()).isTrue();
		assertThat(parts.get("Heerlen").differs()).isTrue();
		assertThat(parts.get("Heerlen").difference()).isEqualByComparingTo("406.70");
		assertThat(parts.get("Voerendaal").exactAmount()).isEqualByComparingTo("4493.15");
		assertThat(parts.get("Nuth").exactAmount()).isEqualByComparingTo("5560.41");
		assertThat(parts.get("Brunssum").exactAmount()).isEqualByComparingTo("10278.04");
		assertThat(parts.get("Onderbanken").exactAmount()).isEqualByComparingTo("2911.70");
		// The document's 23,650 split "naar inwoneraantal" over the four others (derived, not stated).
		assertThat(parts.get("Voerendaal").documentAmount()).isEqualByComparingTo("4571.77");
		assertThat(parts.get("Nuth").documentAmount()).isEqualByComparingTo("5657.70");
		assertThat(parts.get("Brunssum").documentAmount()).isEqualByComparingTo("10457.88");
		assertThat(parts.get("Onderbanken").documentAmount()).isEqualByComparingTo("2962.65");
		assertThat(parts.get("Onderbanken").documentStated()).isFalse();
		assertThat(allocation.parts().stream().map(CostAllocation.Part::documentAmount).reduce(BigDecimal.ZERO,
				BigDecimal::add)).isEqualByComparingTo("55000");
	}

	@Test
	void the_api_gives_budgets_and_allocations_and_a_problem_for_a_year_without_one() {
		HttpTestClient api = new HttpTestClient(port);
		String credentials = DemoApiTokens.bearer(apiTokens, accounts, "stuurgroep.demo");
		HttpResponse<String> budget = api.send(api.request("/api/v1/finance/budgets/2007").header("Authorization", credentials));
		assertThat(budget.statusCode()).isEqualTo(200);
		JsonNode json = JSON.readTree(budget.body());
		assertThat(json.get("total").decimalValue()).isEqualByComparingTo("599000");
		assertThat(json.get("documentContributions").get("PROVINCE").decimalValue()).isEqualByComparingTo("150000");
		assertThat(json.get("lines").size()).isEqualTo(15);

		HttpResponse<String> allocation = api.send(api.request("/api/v1/finance/allocations?year=2009")
			.header("Authorization", credentials));
		assertThat(allocation.statusCode()).isEqualTo(200);
		JsonNode parts = JSON.readTree(allocation.body()).get("municipalities");
		JsonNode heerlen = null;
		for (JsonNode part : parts) {
			if (part.get("municipality").asString().equals("Heerlen")) {
				heerlen = part;
			}
		}
		assertThat(heerlen).isNotNull();
		assertThat(heerlen.get("exactAmount").decimalValue()).isEqualByComparingTo("31756.70");
		assertThat(heerlen.get("documentAmount").decimalValue()).isEqualByComparingTo("31350");
		assertThat(heerlen.get("differs").asBoolean()).isTrue();

		HttpResponse<String> none = api.send(api.request("/api/v1/finance/allocations?year=2007")
			.header("Authorization", credentials));
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		HttpResponse<String> bad = api.send(api.request("/api/v1/finance/allocations?year=twee")
			.header("Authorization", credentials));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void the_pages_show_the_budget_the_allocation_with_the_difference_marked_and_record_charges() {
		HttpTestClient browser = new HttpTestClient(port);
		browser.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String budget = browser.get("/financien/begroting/2007").body();
		assertThat(budget).contains("Exploitatiebegroting 2007", "€ 599.000,00", "€ 150.000,00", "Privacyconvenant opstellen");
		String allocation = browser.get("/financien/verdeling?jaar=2008").body();
		assertThat(allocation).contains("€ 31.756,70", "€ 31.350,00", "wijkt af: € 406,70", "(afgeleid)");

		PartnerOrganisationId halt = partners.findByName("Bureau Halt").orElseThrow();
		var recorded = browser.postForm("/financien/doorbelasting?jaar=2031", "/financien/doorbelasting",
				"year=2031&partnerId=" + halt.value() + "&kind=ICT_WORKPLACE&quantity=3&amount=");
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(charges.ofYear(2031)).singleElement()
			.satisfies(charge -> assertThat(charge.amount()).isEqualByComparingTo("4500.00"));
		var refused = browser.postForm("/financien/doorbelasting?jaar=2031", "/financien/doorbelasting",
				"year=2031&partnerId=" + halt.value() + "&kind=TELEPHONE&quantity=1&amount=veel");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(browser.get("/financien/doorbelasting?jaar=2031").body())
			.contains("Vul voor telefoon- en kopieerkosten het bedrag van de rekening in");
		assertThat(charges.ofYear(2031)).hasSize(1);
	}
}
