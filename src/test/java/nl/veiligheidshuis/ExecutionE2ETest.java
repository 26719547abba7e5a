package nl.veiligheidshuis;

import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offer, contract and execution in the browser: probation (a partner professional) confirms its commitment on
 * its page; the intervention manager offers the plan, records the signed acceptance, downloads the contract,
 * starts the first intervention, writes a progress report, records the drop-out and a measure of the
 * prosecution; probation reads the dossier but may not act. The steps before the partner check go through the
 * API (they have their own browser test). Every page passes the axe scan.
 */
@HouseIntegrationTest
class ExecutionE2ETest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Test
	void the_intervention_manager_and_probation_take_a_client_from_offer_to_escalation_without_accessibility_violations()
			throws IOException {
		String surname = unique("Browserpad");
		Planned planned = inPartnerCheck(surname);

		// probation confirms its intervention on its own page
		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/interventies/" + planned.probationIntervention() + "/toezegging");
		waitFor(driver -> !driver.findElements(By.id("interventie")).isEmpty());
		browser.findElement(By.cssSelector("label[for=answer1]")).click();
		submit(By.cssSelector("main form button[type=submit]"));
		waitFor(driver -> !driver.findElements(By.id("geen-verzoek")).isEmpty());
		assertAccessible("uitvoering-toezegging");
		api("manager.demo", "/api/v1/interventions/" + planned.municipalityIntervention() + "/commitment",
				"{\"answer\":\"CONFIRM\"}");

		// the intervention manager offers, records the signed acceptance and finds the contract
		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String dossier = "/trajecten/" + planned.trajectory();
		open(dossier);
		browser.findElement(By.id("naar-uitvoering")).click();
		waitFor(driver -> !driver.findElements(By.id("aanbieden")).isEmpty());
		assertAccessible("uitvoering-klaar-om-aan-te-bieden");
		submit(By.id("aanbieden"));
		waitFor(driver -> !driver.findElements(By.id("aanvaarden")).isEmpty());
		assertAccessible("uitvoering-aangeboden");
		submit(By.id("aanvaarden"));
		waitFor(driver -> !driver.findElements(By.id("signedByClient-fout")).isEmpty());
		assertAccessible("uitvoering-aanvaarding-onvolledig");
		browser.findElement(By.cssSelector("label[for=signedByClient1]")).click();
		browser.findElement(By.cssSelector("label[for=signedByInterventionManager1]")).click();
		submit(By.id("aanvaarden"));
		waitFor(driver -> !driver.findElements(By.id("contract-downloaden")).isEmpty());
		assertThat(browser.findElement(By.id("eerste-start")).getText()).contains("uiterlijk");
		assertAccessible("uitvoering-contract");

		// the first intervention starts: in execution; then a progress report
		new Select(browser.findElement(By.id("interventionId"))).selectByVisibleText("Schuldhulpverlening");
		browser.findElement(By.cssSelector("label[for=status1]")).click();
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("startedOn")),
				LocalDate.now().toString());
		submit(By.id("stand-vastleggen"));
		waitFor(driver -> driver.findElement(By.id("stand")).getText().contains("In uitvoering"));
		assertThat(browser.findElement(By.id("interventiestand")).getText()).contains("Gestart");
		browser.findElement(By.id("text")).sendKeys("Eerste gesprek bij schuldhulp gehad");
		browser.findElement(By.id("domein-DEBTS")).sendKeys("Schuldeisers in beeld");
		submit(By.id("voortgang-vastleggen"));
		waitFor(driver -> !driver.findElements(By.id("rapportage-0")).isEmpty());
		assertAccessible("uitvoering-voortgang");

		// the client drops out: escalation with a measure of the prosecution
		browser.findElement(By.id("reason")).sendKeys("Komt drie keer niet opdagen");
		submit(By.xpath("//form[contains(@action,'/afhaken')]//button[@type='submit']"));
		waitFor(driver -> !driver.findElements(By.id("maatregel-vastleggen")).isEmpty());
		browser.findElement(By.id("description")).sendKeys("Oproep bij de officier van justitie");
		browser.findElement(By.cssSelector("label[for=kind1]")).click();
		new Select(browser.findElement(By.id("ownerPartnerId")))
			.selectByVisibleText("Arrondissementsparket Openbaar Ministerie Maastricht");
		submit(By.id("maatregel-vastleggen"));
		waitFor(driver -> !driver.findElements(By.id("maatregelen")).isEmpty());
		assertThat(browser.findElement(By.id("maatregelen")).getText()).contains("Oproep bij de officier van justitie");
		assertAccessible("uitvoering-drang-en-dwang");
		open(dossier);
		assertThat(browser.findElement(By.id("tijdlijn-tabel")).getText()).contains("Contract getekend")
			.contains("Voortgangsrapportage").contains("Maatregel van Arrondissementsparket Openbaar Ministerie Maastricht");
		assertAccessible("dossier-uitvoering");

		// probation takes part: it reads the dossier and the execution, without the forms
		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open(dossier + "/uitvoering");
		assertThat(browser.findElement(By.id("maatregelen")).getText()).contains("Oproep bij de officier van justitie");
		assertThat(browser.findElements(By.id("maatregel-vastleggen"))).isEmpty();
		assertThat(browser.findElements(By.id("stand-vastleggen"))).isEmpty();
		assertAccessible("uitvoering-reclassering");
	}

	record Planned(UUID trajectory, UUID probationIntervention, UUID municipalityIntervention) {
	}

	/** A new client referred by probation, assessed and planned by im.demo, in the partner check (through the API). */
	private Planned inPartnerCheck(String surname) {
		HttpTestClient http = new HttpTestClient(port);
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				surname, "reclassering.demo", TrajectoriesIntegrationTest.uniqueDateOfBirth());
		UUID trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
		String path = "/api/v1/trajectories/" + trajectory;
		UUID im = accounts.list().stream().filter(a -> a.username().equals("im.demo")).findFirst().orElseThrow().id();
		api("manager.demo", path + "/assignment", "{\"interventionManagerId\":\"" + im + "\",\"version\":0}");
		JsonNode recorded = api("im.demo", path + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":{"CRIMINAL_HISTORY":6,"HOUSING":1,"EDUCATION_AND_SCHOOL":1,
				 "EMPLOYMENT":4,"INCOME_AND_MONEY":5,"RELATIONSHIPS_PARTNER_AND_FAMILY":1,"RELATIONSHIPS_FRIENDS":1,"DRUG_USE":0,
				 "ALCOHOL_USE":0,"EMOTIONAL_WELLBEING":1,"THINKING_AND_BEHAVIOUR":1,"ATTITUDE":1},"overallRisk":"MEDIUM",
				 "version":1}""".formatted(LocalDate.now().minusDays(1)));
		String assessment = recorded.path("assessments").get(0).path("id").asString();
		api("im.demo", path + "/assessments/" + assessment + "/confirmation",
				"{\"deficits\":[\"DEBTS\",\"WORK_AND_INCOME\"],\"version\":2}");
		UUID debts = add(path, "Schuldhulpverlening", "DEBTS", "Gemeente Heerlen", 3);
		UUID work = add(path, "Werkervaringsplaats", "WORK_AND_INCOME", "Stichting Reclassering Nederland regio Limburg", 4);
		api("im.demo", path + "/plan/partner-check", "{\"version\":5}");
		return new Planned(trajectory, work, debts);
	}

	private UUID add(String path, String description, String domain, String owner, long version) {
		String ownerId = partners.findByName(owner).orElseThrow().value().toString();
		JsonNode plan = api("im.demo", path + "/plan/interventions", """
				{"description":"%s","lifeDomain":"%s","kind":"CARE","ownerPartnerId":"%s","plannedStart":"%s","version":%d}"""
			.formatted(description, domain, ownerId, LocalDate.now().plusDays(3), version));
		return UUID.fromString(plan.path("interventions").valueStream()
			.filter(i -> i.path("description").asString().equals(description)).findFirst().orElseThrow().path("id").asString());
	}

	private JsonNode api(String username, String path, String json) {
		HttpTestClient http = new HttpTestClient(port);
		HttpResponse<String> response = http.send(http.request(path)
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, username))
			.header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return JSON.readTree(response.body());
	}
}
