package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;

/**
 * A police officer records two incidents against one victim within twelve months on the incident page and sees the
 * repeat-victimisation flag on the victim's page; the victims pages (list, incident form, victim, demo
 * domestic-violence case with its restraining order, early signals) pass the axe scan.
 */
@HouseIntegrationTest
class VictimsE2ETest extends BrowserTest {

	@Test
	void two_incidents_within_twelve_months_flag_the_victim_and_every_page_passes_axe() throws IOException {
		browser.manage().deleteAllCookies();
		login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Slachtoffers")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Slachtoffers");
		assertAccessible("slachtoffers-politie");

		String surname = TrajectoriesIntegrationTest.unique("Vlag");
		LocalDate today = LocalDate.now();
		recordIncident(today.minusMonths(11), "VIOLENCE", surname);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Incident");
		assertAccessible("incident");
		browser.findElement(By.partialLinkText(surname)).click();
		assertThat(browser.findElements(By.id("herhaald-slachtoffer"))).as("one incident: no flag").isEmpty();

		recordIncident(today.minusDays(1), "THREAT", surname);
		browser.findElement(By.partialLinkText(surname)).click();
		assertThat(browser.findElement(By.id("herhaald-slachtoffer")).getText()).contains("Herhaald slachtoffer");
		assertThat(browser.findElement(By.id("incidenten-in-venster")).getText()).isEqualTo("2");
		assertAccessible("slachtoffer-herhaald");

		open("/slachtoffers/incidenten/nieuw");
		submit(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.id("weigering")).getText()).contains("Vul de datum van het incident in.");
		assertAccessible("incident-fouten");

		open("/slachtoffers/huiselijk-geweld");
		assertAccessible("huiselijk-geweld");
		browser.findElement(By.cssSelector("main table a[href^='/slachtoffers/huiselijk-geweld/']")).click();
		assertThat(browser.getPageSource()).contains("Tijdelijk huisverbod");
		assertAccessible("casus-huiselijk-geweld");
		open("/slachtoffers/vroegsignalering");
		assertAccessible("vroegsignalering");
		open("/slachtoffers/incidenten");
		assertAccessible("incidenten");

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.getPageSource()).contains("herhaald slachtoffer(s)");
		open("/slachtoffers?herhaald=true");
		assertThat(browser.getPageSource()).contains(surname);
		assertAccessible("slachtoffers-herhaald-secretariaat");
	}

	private void recordIncident(LocalDate on, String kind, String surname) {
		open("/slachtoffers/incidenten/nieuw");
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("occurredOn")), on.toString());
		new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
		new Select(browser.findElement(By.id("persons0.role"))).selectByValue("VICTIM");
		browser.findElement(By.id("persons0.givenNames")).sendKeys("Roos");
		browser.findElement(By.id("persons0.surname")).sendKeys(surname);
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("persons0.dateOfBirth")),
				"1987-07-21");
		submit(By.cssSelector("main form button[type=submit]"));
	}
}
