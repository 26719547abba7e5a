package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import nl.veiligheidshuis.agenda.CaseConferencesIntegrationTest;
import nl.veiligheidshuis.agenda.TestSlots;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;

/**
 * The agenda pages as the secretariat and as a partner professional see them (the demo's conferences):
 * each passes the axe scan. Need-to-know per item is tested in CaseConferencesIntegrationTest.
 */
@HouseIntegrationTest
class AgendaE2ETest extends BrowserTest {

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

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
		browser.findElement(By.id("volgende")).click();
		assertAccessible("weekagenda-volgende-week");
		open("/agenda/dag");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Agenda van");
		assertAccessible("dagagenda-secretariaat");
		open("/agenda/afspraken/nieuw");
		assertAccessible("afspraak-plannen");
		open("/agenda/abonnement");
		submit(By.id("nieuw-adres"));
		assertThat(browser.findElement(By.id("abonnement-adres")).getText()).contains("/agenda/abonnement.ics?sleutel=");
		assertAccessible("agenda-abonnement");

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
		// the demo's community service intake this week, with probation taking part
		List<String> appointments = browser.findElements(By.cssSelector("main a[href*='/agenda/afspraken/']")).stream()
			.map(link -> link.getAttribute("href")).filter(href -> !href.endsWith("/nieuw")).toList();
		assertThat(appointments).as("probation takes part in a demo appointment this week").isNotEmpty();
		browser.get(appointments.getFirst());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Taakstrafintake");
		assertAccessible("afspraak-partner");
	}

	/**
	 * Issue 8's walk: the secretariat plans a conference, the intervention manager puts two of her trajectories on
	 * it with a scenario each (probation for A, the police for B), the invitation list follows from the
	 * scenarios, the secretariat (chair) records minutes and an action item and publishes the outcome of A, and
	 * probation sees item A only, with the action item in "Mijn werk". Every page passes the axe scan.
	 */
	@Test
	void a_conference_from_planning_to_outcome_and_a_partner_sees_only_their_item() throws IOException {
		HttpTestClient http = new HttpTestClient(port);
		String clientA = TrajectoriesIntegrationTest.unique("Ea");
		String clientB = TrajectoriesIntegrationTest.unique("Eb");
		for (String client : List.of(clientA, clientB)) {
			var accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts, client);
			UUID trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
			HttpResponse<String> assigned = http.send(http.request("/api/v1/trajectories/" + trajectory + "/assignment")
				.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "manager.demo"))
				.header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString("{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}")));
			assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		}
		ZonedDateTime at = TestSlots.next().atZoneSameInstant(ZoneId.of("Europe/Amsterdam"));

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/agenda/nieuw");
		value(By.id("date"), at.toLocalDate().toString());
		value(By.id("startTime"), "09:00");
		value(By.id("endTime"), "11:00");
		new Select(browser.findElement(By.id("chairId"))).selectByValue(idOf("secretariaat.demo").toString());
		submit();
		String conference = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		assertThat(conference).matches("/agenda/[0-9a-f-]{36}");
		assertAccessible("casusoverleg-gepland");

		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open(conference);
		for (String client : List.of(clientA, clientB)) {
			Select trajectories = new Select(browser.findElement(By.id("trajectoryId")));
			trajectories.getOptions().stream().filter(o -> o.getText().contains(client)).findFirst().orElseThrow().click();
			submit(By.cssSelector("form[action$='/punten'] button"));
		}
		scenario(clientA, "Toezicht met meldplicht", CaseConferencesIntegrationTest.PROBATION);
		scenario(clientB, "Gebiedsverbod handhaven", CaseConferencesIntegrationTest.POLICE);
		assertAccessible("casusoverleg-scenarios");

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open(conference);
		String a = position(clientA);
		String b = position(clientB);
		List<String> invitations = browser.findElements(By.cssSelector("#uitnodigingen tbody tr")).stream()
			.map(row -> row.findElements(By.tagName("td"))).map(cells -> cells.get(0).getText() + " " + cells.get(1).getText())
			.toList();
		assertThat(invitations).anyMatch(i -> i.startsWith(CaseConferencesIntegrationTest.PROBATION) && i.contains(a)
				&& !i.matches(".*\\b" + b + "\\b.*"));
		assertThat(invitations).anyMatch(i -> i.startsWith(CaseConferencesIntegrationTest.POLICE) && i.contains(b)
				&& !i.matches(".*\\b" + a + "\\b.*"));
		browser.findElement(By.id("minutes-" + a)).sendKeys("Meldplicht besproken met de reclassering");
		submit(By.cssSelector("#punt-" + a + " form[action$='/notulen'] button"));
		browser.findElement(By.id("action-" + a)).sendKeys("Intake toezicht plannen");
		new Select(browser.findElement(By.id("owner-" + a))).selectByValue(idOf("reclassering.demo").toString());
		value(By.id("due-" + a), at.toLocalDate().plusDays(7).toString());
		submit(By.cssSelector("#punt-" + a + " form[action$='/actiepunten'] button"));
		browser.findElement(By.id("outcome-" + a)).sendKeys("Toezicht met meldplicht");
		browser.findElement(By.cssSelector("label[for=informed-" + a + "]")).click();
		submit(By.cssSelector("#punt-" + a + " form[action$='/uitkomst'] button"));
		assertThat(browser.findElement(By.id("punt-" + a)).getText()).contains("Meldplicht besproken")
			.contains("Intake toezicht plannen").contains("Toezicht met meldplicht");
		assertAccessible("casusoverleg-notulen-uitkomst");

		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		// "Mijn werk" (the start page) links the open action item to its conference
		assertThat(browser.getPageSource()).contains(conference);
		open(conference);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains(clientA).contains("Meldplicht besproken").contains("Toezicht met meldplicht")
			.doesNotContain(clientB).doesNotContain("Gebiedsverbod");
		assertAccessible("casusoverleg-partner-eigen-punt");
	}

	private void scenario(String client, String description, String partner) {
		String p = position(client);
		browser.findElement(By.id("scenario-" + p)).sendKeys(description);
		browser.findElements(By.cssSelector("#punt-" + p + " label")).stream().filter(l -> l.getText().equals(partner))
			.findFirst().orElseThrow().click();
		submit(By.cssSelector("#punt-" + p + " form[action$='/scenarios'] button"));
	}

	/** The position of the item about a client on the conference page. */
	private String position(String client) {
		return browser.findElements(By.cssSelector("section.vh-section[id^=punt-]")).stream()
			.filter(s -> s.findElement(By.tagName("h3")).getText().contains(client)).findFirst().orElseThrow()
			.getAttribute("id").substring("punt-".length());
	}

	private void value(By field, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(field), value);
	}

	private UUID idOf(String username) {
		return accounts.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
	}

	private List<String> conferenceLinks() {
		return browser.findElements(By.cssSelector("main table a[href^='/agenda/']")).stream()
			.map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
			.filter(href -> !href.endsWith("/nieuw"))
			.toList();
	}
}
