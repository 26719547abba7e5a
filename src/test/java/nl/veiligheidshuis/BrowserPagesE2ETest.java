package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.persons.SourceRecord;
import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.privacy.FixtureTrajectories;
import nl.veiligheidshuis.privacy.TrajectoryAccessFacts;

/** A demo user walks through every page that exists; the administrator through the administration. */
@HouseIntegrationTest
class BrowserPagesE2ETest extends BrowserTest {

	@Autowired
	FixtureTrajectories trajectories;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void a_user_logs_in_and_walks_through_every_page_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		open("/login");
		assertAccessible("inloggen");

		login("im.demo", "fout-wachtwoord-123");
		assertThat(browser.findElement(By.id("login-fout")).getText()).contains("Inloggen is niet gelukt");
		assertAccessible("inloggen-mislukt");

		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");
		assertThat(browser.findElement(By.className("vh-header")).getText()).contains("Veiligheidshuis Heerlen")
			.contains("Ingrid Maas");
		assertAccessible("mijn-werk");

		List<String> sections = browser.findElements(By.cssSelector("nav.vh-nav a")).stream()
			.map(link -> link.getAttribute("href"))
			.toList();
		assertThat(sections).as("no Beheer, Triage, Import, Selectie, Rapportages or Financiën section for an intervention manager").hasSize(7)
			.noneMatch(href -> href.endsWith("/selectie"));
		for (String section : sections) {
			browser.get(section);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
			assertAccessible("sectie-" + (section.endsWith("/") ? "mijn-werk" : section.substring(section.lastIndexOf('/') + 1)));
		}

		open("/bestaat-niet");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
		assertAccessible("niet-gevonden");

		browser.findElement(By.cssSelector(".vh-header__logout button")).click();
		waitForUrl("/login?afgemeld");
		assertThat(browser.getPageSource()).contains("U bent afgemeld.");
	}

	@Test
	void the_administrator_walks_through_the_administration_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Beheer")).click();
		assertAccessible("beheer");

		browser.findElement(By.linkText("Gebruikers")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Gebruikers");
		assertAccessible("beheer-gebruikers");

		browser.findElement(By.linkText("Nieuwe gebruiker")).click();
		assertAccessible("beheer-nieuwe-gebruiker");
		browser.findElement(By.id("username")).sendKeys("Geen Geldige Naam");
		submit();
		assertThat(browser.findElement(By.id("username-fout")).getText()).contains("kleine letters");
		assertAccessible("beheer-nieuwe-gebruiker-fouten");

		open("/beheer/gebruikers");
		browser.findElement(By.linkText("Ingrid Maas")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Gebruiker wijzigen");
		assertAccessible("beheer-gebruiker");

		open("/beheer/toegangsreview");
		assertAccessible("beheer-toegangsreview");
	}

	@Test
	void a_user_walks_through_the_partner_register_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Partners")).click();
		waitForUrl("/partners");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Partners");
		assertThat(browser.findElements(By.cssSelector("table.utrecht-table tbody tr"))).hasSizeGreaterThanOrEqualTo(21);
		assertAccessible("partners");

		browser.findElement(By.linkText("Mondriaan Zorggroep")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mondriaan Zorggroep");
		assertThat(browser.getPageSource()).contains("de heer J.P.G. Molema");
		assertAccessible("partner");

		open("/partners/convenant");
		assertAccessible("convenant");
		open("/partners/gemeenten");
		assertThat(browser.getPageSource()).contains("91.528");
		assertAccessible("gemeenten");
		open("/partners/ruimten");
		assertAccessible("ruimten");
		open("/privacyconvenanten");
		browser.findElement(By.partialLinkText("Privacyconvenant persoonsgerichte")).click();
		assertThat(browser.findElements(By.cssSelector("main li"))).as("target groups").hasSizeGreaterThanOrEqualTo(12);
		assertThat(browser.findElements(By.cssSelector("main tbody tr"))).as("parties with their data categories")
			.hasSizeGreaterThanOrEqualTo(17);
		assertAccessible("privacyconvenant");
	}

	@Test
	void an_intervention_manager_searches_the_registry_and_opens_a_person_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Personen")).click();
		waitForUrl("/personen");
		assertAccessible("personen-zoeken");

		browser.findElement(By.id("surname")).sendKeys("v.d. Berg");
		submit();
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("resultaten")));
		assertThat(browser.getCurrentUrl()).as("no person data in the URL").endsWith("/personen");
		assertAccessible("personen-resultaten");

		browser.findElement(By.linkText("Johannes Petrus van den Berg")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Johannes Petrus van den Berg");
		assertThat(browser.getPageSource()).contains("Politie regio Limburg Zuid")
			.contains("Stichting Reclassering Nederland regio Limburg");
		assertAccessible("persoon");

		open("/personen");
		submit();
		assertThat(browser.findElement(By.id("surname-fout")).getText()).isNotBlank();
		assertAccessible("personen-zoeken-fouten");
	}

	@Test
	void the_house_manager_sees_the_register_forms_and_their_errors_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/partners");
		browser.findElement(By.linkText("RIMO Parkstad")).click();
		assertThat(browser.getPageSource()).contains("Toetredingsverklaring vastleggen");
		assertAccessible("partner-bewerken");

		open("/partners/gemeenten");
		WebElement population = browser.findElement(By.id("population"));
		population.clear();
		population.sendKeys("-5");
		browser.executeScript("document.querySelectorAll('form[action$=\"/partners/gemeenten\"] [required]').forEach(e => e.removeAttribute('required'))");
		WebElement save = browser.findElement(By.cssSelector("form[action$='/partners/gemeenten'] button[type=submit]"));
		save.click();
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(save));
		assertThat(browser.findElement(By.id("population-fout")).getText()).contains("ten minste 0");
		assertAccessible("gemeenten-fouten");

		open("/privacyconvenanten");
		browser.findElement(By.partialLinkText("Privacyconvenant persoonsgerichte")).click();
		assertThat(browser.findElement(By.id("validTo")).isDisplayed()).isTrue();
		assertAccessible("privacyconvenant-bewerken");

		open("/partners/nieuw");
		assertAccessible("nieuwe-partner");

		open("/privacyconvenanten/nieuw");
		browser.executeScript("document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
		WebElement create = browser.findElement(By.cssSelector("main form button[type=submit]"));
		create.click();
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(create));
		assertThat(browser.findElements(By.id("targetGroups-fout"))).as(browser.findElement(By.tagName("main")).getText())
			.singleElement().extracting(WebElement::getText).isEqualTo("Kies ten minste één doelgroep.");
		assertAccessible("nieuw-privacyconvenant-fouten");
	}

	@Test
	void a_user_makes_an_api_token_on_the_profile_page_sees_it_once_and_revokes_it() throws IOException {
		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.cssSelector(".vh-header__profile")).click();
		waitForUrl("/profiel");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn profiel");
		assertAccessible("profiel");

		submitTokenForm("");
		WebElement nameError = browser.findElement(By.id("token-naam-fout"));
		assertThat(nameError.getText()).isEqualTo("Dit veld is verplicht.");
		assertThat(browser.findElement(By.id("token-naam")).getAttribute("aria-describedby")).contains("token-naam-fout");
		assertAccessible("profiel-fout");

		submitTokenForm("Browsertest");
		String token = browser.findElement(By.id("token-waarde")).getText();
		assertThat(token).startsWith("vh_");
		assertAccessible("profiel-token-gemaakt");
		browser.navigate().refresh();
		assertThat(browser.findElements(By.id("token-waarde"))).as("shown once").isEmpty();

		WebElement revoke = browser.findElement(By.xpath(
				"//tr[td[1][normalize-space()='Browsertest']]//button[@type='submit']"));
		String profileUrl = browser.getCurrentUrl();
		revoke.click();
		waitFor(driver -> driver.getPageSource().contains("Het token is ingetrokken"));
		assertThat(browser.findElement(By.xpath("//tr[td[1][normalize-space()='Browsertest']]/td[5]")).getText())
			.isEqualTo("Ingetrokken");
		assertThat(browser.getCurrentUrl()).isEqualTo(profileUrl);
		assertAccessible("profiel-token-ingetrokken");
	}

	private void submitTokenForm(String name) {
		WebElement field = browser.findElement(By.id("token-naam"));
		field.clear();
		field.sendKeys(name);
		WebElement submit = browser.findElement(By.cssSelector("form[action='/profiel/api-tokens'] button[type=submit]"));
		submit.click();
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(submit));
	}

	@Test
	void the_secretariat_breaks_the_glass_and_the_intervention_manager_reads_it_in_the_inbox() throws IOException {
		UUID trajectory = UUID.randomUUID();
		UUID manager = accounts.list().stream().filter(a -> a.username().equals("im.demo")).findFirst().orElseThrow().id();
		trajectories.add(new TrajectoryAccessFacts(trajectory, UUID.randomUUID(), FixtureTrajectories.COVERED, manager,
				Set.of(), true));

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/test-trajecten/" + trajectory);
		waitForUrl("/noodtoegang/");
		assertAccessible("noodtoegang");
		browser.findElement(By.id("reden")).sendKeys("kort");
		// The browser's own minlength check would stop the form; the server's message is what we test.
		browser.executeScript("document.getElementById('reden').removeAttribute('minlength')");
		submit();
		assertThat(browser.findElement(By.id("reden-fout")).getText()).contains("10 tot 1000 tekens");
		assertAccessible("noodtoegang-fout");
		browser.findElement(By.id("reden")).sendKeys(" - interventiemanager onbereikbaar, politie vraagt om contact");
		submit();

		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.findElement(By.id("berichten")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).contains("heeft noodtoegang genomen tot een dossier");
		assertAccessible("mijn-werk-berichten");
	}

	@Test
	void the_secretariat_imports_the_police_list_on_its_page_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Import")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Politielijst importeren");
		assertAccessible("import");

		java.nio.file.Path file = java.nio.file.Files.createTempFile("politielijst", ".csv");
		java.nio.file.Files.writeString(file, "registration_id,bsn,surname_prefix,surname,given_names,date_of_birth,gender,"
				+ "street,house_number,postal_code,city,registration_date,offence_code,offence_category\n"
				+ "E2E-" + UUID.randomUUID() + ",,,Smit,Ria,1979-02-30,V,Markt,3,6411 AA,Heerlen,2025-01-02,100,drugs\n");
		browser.findElement(By.id("bestand")).sendKeys(file.toString());
		submit();
		assertThat(browser.findElement(By.id("import-uitkomst")).getText()).contains("Er is niets geïmporteerd");
		assertAccessible("import-geweigerd");
	}

	@Test
	void the_secretariat_reviews_a_doubtful_record_side_by_side_without_accessibility_violations() throws IOException {
		UUID probation = organisations.idOf("Stichting Reclassering Nederland regio Limburg").orElseThrow();
		UUID police = organisations.idOf("Politie regio Limburg Zuid").orElseThrow();
		// The recipe of ClericalReviewIntegrationTest: a rare surname, the second record without given names
		// nor address and another date of birth in the same year lands between the thresholds.
		String surname = "Brouwerskamp" + UUID.randomUUID().toString().replaceAll("[^a-f]", "x").substring(0, 6);
		persons.resolve(new SourceRecord(probation, "Reclassering", null, null, "Maritza", "van", surname, null,
				java.time.LocalDate.of(1986, 6, 15), "V", "Pancratiusplein", "3", "6431ZY", "Brunssum", null, null));
		assertThat(persons.resolve(new SourceRecord(police, "Politie", null, null, null, "van", surname, null,
				java.time.LocalDate.of(1986, 1, 1), "V", null, null, null, null, null, null)).outcome())
			.isEqualTo(nl.veiligheidshuis.persons.Resolution.Outcome.REVIEW);

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/personen");
		browser.findElement(By.linkText("Registraties beoordelen: zelfde persoon of niet?")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Beoordelen: zelfde persoon?");
		assertAccessible("beoordelen");
		browser.findElement(By.cssSelector("main table a")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Is dit dezelfde persoon?");
		assertAccessible("beoordelen-item");
	}

	@Test
	void a_partner_refers_a_person_and_the_secretariat_triages_it_without_accessibility_violations() throws IOException {
		browser.manage().deleteAllCookies();
		login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Aanmeldingen")).click();
		waitForUrl("/aanmeldingen");
		assertAccessible("aanmeldingen");
		browser.findElement(By.linkText("Persoon aanmelden")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Persoon aanmelden");
		assertAccessible("aanmelden");

		browser.findElement(By.id("bsn")).sendKeys("123456789");
		submit();
		assertThat(browser.findElement(By.id("bsn-fout")).getText()).contains("elfproef");
		assertThat(browser.findElement(By.id("bsn")).getAttribute("aria-describedby")).isEqualTo("bsn-fout");
		assertAccessible("aanmelden-fouten");

		browser.findElement(By.id("bsn")).clear();
		browser.findElement(By.id("surname")).sendKeys("Browserreferent");
		// The date field's input format follows the browser's locale; the value is ISO whatever the locale.
		browser.executeScript("document.getElementById('dateOfBirth').value = '1941-03-12'");
		browser.findElement(By.cssSelector("input[name=targetGroups][value=PROBLEM_YOUTH]")).click();
		browser.findElement(By.id("reason")).sendKeys("Zorgen over de jongere");
		browser.findElement(By.id("goal")).sendKeys("Gezamenlijke aanpak");
		browser.findElement(By.cssSelector("input[name=personInformed][value=true]")).click();
		submit();
		waitFor(driver -> driver.getPageSource().contains("De aanmelding is ontvangen"));
		assertThat(browser.getCurrentUrl()).as("only an id in the URL").matches(".*/aanmeldingen/[0-9a-f-]{36}");
		String reference = browser.findElement(By.tagName("h1")).getText().replace("Aanmelding ", "");
		assertAccessible("aanmelding");

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Triage")).click();
		waitForUrl("/aanmeldingen/triage");
		assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).hasSizeGreaterThanOrEqualTo(1);
		assertAccessible("triage");
		browser.findElement(By.linkText(reference)).click();
		assertThat(browser.getPageSource()).contains("Besluit vastleggen");
		assertAccessible("triage-aanmelding");
		browser.findElement(By.cssSelector("input[name=outcome][value=REJECTED]")).click();
		submit();
		assertThat(browser.findElement(By.id("reason-fout")).getText()).isEqualTo("Vul de reden van het besluit in.");
		assertAccessible("triage-aanmelding-fouten");
		browser.findElement(By.id("reason")).sendKeys("Geen persoon voor de aanpak van het huis");
		submit();
		waitForUrl("/aanmeldingen/triage");
		assertThat(browser.getPageSource()).contains("De aanmelding is afgewezen").doesNotContain(reference);

		browser.manage().deleteAllCookies();
		login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.getPageSource()).contains("Besluit over uw aanmelding " + reference + ": afgewezen.");
	}

	@Test
	void the_skip_link_is_the_first_stop_for_keyboard_users_and_jumps_to_the_content() {
		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/");
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getAttribute("href")).endsWith("#inhoud");
		assertThat(focused.isDisplayed()).isTrue();

		focused.sendKeys(Keys.ENTER);
		waitFor(driver -> "inhoud".equals(driver.switchTo().activeElement().getAttribute("id")));
	}

	@Test
	void the_functional_administrator_reads_and_verifies_the_audit_log_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/beheer/auditlog");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Auditlog");
		assertThat(browser.findElements(By.cssSelector("table.utrecht-table tbody tr"))).isNotEmpty();
		assertAccessible("auditlog");

		String auditPage = browser.getCurrentUrl();
		browser.findElement(By.cssSelector("form[action$='/beheer/auditlog/controle'] button")).click();
		waitFor(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("controle-uitkomst")));
		assertThat(browser.getCurrentUrl()).isEqualTo(auditPage);
		assertThat(browser.findElement(By.id("controle-uitkomst")).getText()).startsWith("Auditlog intact:");
		assertAccessible("auditlog-controle");
	}
}
