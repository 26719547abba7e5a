package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member of the steering group reads the report, its charts, the indicators and the finance pages (each passes
 * the axe scan), and reaches no dossier or person page: each answers 404.
 */
@HouseIntegrationTest
class ReportingE2ETest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_steering_group_reads_the_report_with_charts_and_reaches_no_dossier() throws IOException {
		browser.manage().deleteAllCookies();
		login("stuurgroep.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.findElements(By.linkText("Personen"))).as("no person section in the navigation").isEmpty();
		assertThat(browser.findElements(By.linkText("Trajecten"))).isEmpty();
		browser.findElement(By.linkText("Rapportages")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stuurgroeprapportage");
		// ECharts draws each chart into a canvas inside its box.
		waitFor(driver -> driver.findElements(By.cssSelector("[data-chart] canvas")).size() == 3);
		assertThat(browser.findElement(By.id("tabel-STARTED")).getText()).contains("Totaal");
		// The demo's history gives figures: the grand total of the started trajectories is a number, not "<5".
		assertThat(browser.findElement(By.cssSelector("#tabel-STARTED tfoot td:last-child")).getText()).matches("\\d+");
		assertAccessible("rapportage-stuurgroep");

		open("/rapportages?vanaf=2026-13-01&tot=2020-01-01");
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Vul een datum in als jjjj-mm-dd");
		assertAccessible("rapportage-foute-periode");

		open("/rapportages/indicatoren");
		assertThat(browser.findElement(By.id("indicatoren")).getText()).contains("Zeer actieve veelplegers");
		assertAccessible("indicatoren-stuurgroep");
		open("/financien/verdeling?jaar=2008");
		assertThat(browser.findElement(By.id("verdeling")).getText()).contains("31.756,70", "31.350,00");
		assertAccessible("verdeling-stuurgroep");
		open("/financien/begroting/2007");
		assertAccessible("begroting-stuurgroep");

		UUID trajectory = jdbc.sql("SELECT id FROM trajectories_trajectory LIMIT 1").query(UUID.class).optional()
			.orElse(UUID.randomUUID());
		UUID person = jdbc.sql("SELECT id FROM persons_person LIMIT 1").query(UUID.class).optional().orElse(UUID.randomUUID());
		UUID conference = jdbc.sql("SELECT id FROM agenda_case_conference LIMIT 1").query(UUID.class).optional()
			.orElse(UUID.randomUUID());
		UUID referral = jdbc.sql("SELECT id FROM intake_referral LIMIT 1").query(UUID.class).optional().orElse(UUID.randomUUID());
		for (String page : new String[] { "/trajecten", "/trajecten/" + trajectory, "/trajecten/" + trajectory + "/plan",
				"/personen", "/personen/" + person, "/agenda", "/agenda/" + conference, "/aanmeldingen",
				"/aanmeldingen/" + referral, "/partners", "/selectie" }) {
			open(page);
			assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("Niet gevonden");
		}
	}

	@Test
	void the_steering_group_reads_the_effect_estimate_with_its_caution() throws IOException {
		browser.manage().deleteAllCookies();
		login("stuurgroep.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Rapportages")).click();
		browser.findElement(By.linkText("Effectmeting")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Effectmeting");
		assertThat(browser.findElement(By.id("voorbehoud")).getText()).contains("observationele vergelijking",
				"geen bewijs");
		// The demo's effect history (planted: 30% less re-offending) gives an estimate with its interval.
		assertThat(browser.findElement(By.id("relatief-12")).getText()).contains("95%-interval");
		assertThat(browser.findElement(By.id("effect-12")).getText()).contains("zonder matching");
		assertThat(browser.findElement(By.id("balans-12")).getText()).contains("Antecedenten");
		assertThat(browser.findElement(By.id("tabel-ZRM")).getText()).contains("Verbeterd", "Financi\u00ebn");
		assertAccessible("effectmeting-stuurgroep");

		open("/rapportages/effect?vanaf=2026-13-01");
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Vul een datum in als jjjj-mm-dd");
		open("/rapportages/effect?vanaf=1990-01-01&tot=1990-12-31");
		assertThat(browser.findElement(By.id("geen-schatting-12")).getText()).contains("Geen schatting");
		assertAccessible("effectmeting-geen-schatting");
	}

	@Test
	void the_house_manager_sees_the_report_and_may_change_an_indicator() throws IOException {
		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/rapportages/indicatoren");
		assertAccessible("indicatoren-manager");
		browser.findElement(By.cssSelector("details summary")).click();
		browser.executeScript("document.getElementById('validFrom-VAPO_OFFERED').value = '2030-01-01';");
		browser.findElement(By.id("target-VAPO_OFFERED")).clear();
		browser.findElement(By.id("target-VAPO_OFFERED")).sendKeys("45");
		submit(By.cssSelector("details[open] button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("nieuwe versie");
		open("/rapportages/indicatoren?periode=2030");
		assertThat(browser.findElement(By.id("indicatoren")).getText()).contains("45");
		assertAccessible("indicatoren-nieuwe-versie");
	}
}
