package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The agenda pages as the secretariat and as a partner professional see them (the demo's conferences):
 * each passes the axe scan. Need-to-know per item is tested in CaseConferencesIntegrationTest.
 */
@HouseIntegrationTest
class AgendaE2ETest extends BrowserTest {

	@Test
	void the_secretariat_and_a_partner_open_the_agenda_and_a_conference_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Agenda")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Agenda");
		assertAccessible("agenda-secretariaat");
		List<String> conferences = conferenceLinks();
		assertThat(conferences).as("the demo's conferences").isNotEmpty();
		open(conferences.getFirst());
		assertAccessible("casusoverleg-secretariaat");
		open("/agenda/nieuw");
		assertAccessible("casusoverleg-plannen");
		open("/agenda/ruimtes");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ruimtes en flexplekken");
		assertAccessible("ruimtes-secretariaat");
		open("/agenda/week");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Weekagenda");
		assertAccessible("weekagenda-secretariaat");
		browser.findElement(By.id("volgende-week")).click();
		assertAccessible("weekagenda-volgende-week");

		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/agenda");
		assertAccessible("agenda-partner");
		List<String> own = conferenceLinks();
		assertThat(own).as("probation is invited to an item of the demo's conferences").isNotEmpty();
		open(own.getFirst());
		assertAccessible("casusoverleg-partner");
		open("/agenda/week");
		assertAccessible("weekagenda-partner");
	}

	private List<String> conferenceLinks() {
		return browser.findElements(By.cssSelector("main table a[href^='/agenda/']")).stream()
			.map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
			.filter(href -> !href.endsWith("/nieuw"))
			.toList();
	}
}
