package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.intake.AntecedentResolution;
import nl.veiligheidshuis.intake.PoliceAntecedentImport;

/**
 * The selection in the browser: the secretariat imports a small police list, runs the selection, prepares
 * and holds the meeting; the house manager adopts the list and sees it ranked with the breakdowns. Every
 * page passes the axe scan.
 */
@HouseIntegrationTest
class SelectionE2ETest extends BrowserTest {

	@Autowired
	AntecedentResolution resolution;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_house_selects_holds_the_meeting_and_adopts_a_ranked_list_without_accessibility_violations()
			throws IOException {
		String surname = "Browserselectie" + UUID.randomUUID().toString().substring(0, 5);
		LocalDate today = LocalDate.now();
		StringBuilder csv = new StringBuilder(String.join(",", PoliceAntecedentImport.COLUMNS)).append('\n');
		for (int k = 0; k < 12; k++) {
			csv.append(String.join(",", surname + "-" + k, "", "", surname, "Evert", "1984-04-04", "M", "Markt", "3",
					"6411AA", "Heerlen", today.minusMonths(1 + k * 4).toString(), "100", k % 3 == 0 ? "violence" : "property"))
				.append('\n');
		}
		Path file = Files.createTempFile("politielijst", ".csv");
		Files.writeString(file, csv);

		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Import")).click();
		browser.findElement(By.id("bestand")).sendKeys(file.toString());
		submit();
		assertThat(browser.findElement(By.id("import-uitkomst")).getText()).contains("12");
		UUID importId = jdbc.sql("SELECT id FROM intake_import ORDER BY imported_at DESC LIMIT 1").query(UUID.class).single();
		while (resolution.resolveBatch(importId) > 0) {
			// the background job is off in tests: resolve the list now
		}

		browser.findElement(By.linkText("Selectie")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Selectie");
		assertAccessible("selectie");
		submit(By.xpath("//button[normalize-space()='Selectierun starten']"));
		waitFor(driver -> driver.findElement(By.id("voortgang")).getText().startsWith("Gereed"));
		assertThat(browser.getPageSource()).contains("Evert " + surname);
		browser.findElement(By.xpath("//tr[td/a[normalize-space()='Evert " + surname + "']]//summary")).click();
		assertThat(browser.findElement(By.xpath("//tr[td/a[normalize-space()='Evert " + surname + "']]//details")).getText())
			.contains("Frequentie").contains("Bijdrage");
		assertAccessible("selectierun");

		browser.findElement(By.id("participants")).sendKeys("Politie, OM, Reclassering, gemeente Heerlen");
		submit(By.xpath("//button[normalize-space()='Overleg voorbereiden']"));
		waitForUrl("/selectie/overleggen/");
		assertAccessible("selectieoverleg");
		String meetingPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		UUID meetingId = UUID.fromString(meetingPath.substring(meetingPath.lastIndexOf('/') + 1));
		// Exclude without a reason: refused with a Dutch message at the decision
		By evertRow = By.xpath("//tr[td/span[normalize-space()='Evert " + surname + "']]");
		browser.findElement(evertRow).findElement(By.xpath(".//label[normalize-space()='Niet opnemen']")).click();
		submit(By.xpath("//tr[td/span[normalize-space()='Evert " + surname + "']]//button"));
		assertThat(browser.findElement(evertRow).getText()).contains("Geef een reden om deze persoon niet op te nemen.");
		assertAccessible("selectieoverleg-fout");
		browser.findElement(evertRow).findElement(By.xpath(".//label[normalize-space()='Opnemen']")).click();
		submit(By.xpath("//tr[td/span[normalize-space()='Evert " + surname + "']]//button"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Het besluit is opgeslagen.");
		// the others on the agenda (demo and earlier tests) are decided off screen, as the meeting would
		jdbc.sql("""
				UPDATE selection_meeting_item SET decision = 'INCLUDE', reason = 'Besloten in het overleg'
				WHERE meeting_id = :m AND decision IS NULL""").param("m", meetingId).update();

		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open(meetingPath);
		submit(By.xpath("//button[normalize-space()='Prioriteitenlijst vaststellen']"));
		waitForUrl("/selectie/lijsten/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Prioriteitenlijst, versie");
		assertThat(browser.findElement(By.id("lijst")).getText()).contains("Evert " + surname);
		assertThat(browser.findElements(By.cssSelector("#lijst details.vh-breakdown"))).isNotEmpty();
		assertAccessible("prioriteitenlijst");
		open("/");
		assertThat(browser.findElement(By.id("werk-vandaag")).findElement(By.xpath("..")).getText()).contains("lijst");
		assertAccessible("mijn-werk-manager");
		open("/selectie/regelsets");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zeer actieve veelpleger").contains("van 11 tot en met -");
		assertAccessible("regelsets");

		// a new version of the rules: every problem shown at its field, then saved as the next version
		browser.findElement(By.linkText("Nieuwe versie van de selectieregels")).click();
		assertAccessible("regelset-nieuw");
		browser.findElement(By.id("rules0.minCount")).clear();
		browser.findElement(By.id("rules0.minCount")).sendKeys("12");
		browser.findElement(By.id("rules0.maxCount")).sendKeys("3");
		browser.findElement(By.id("weights1.value")).clear();
		browser.findElement(By.id("weights1.value")).sendKeys("-1");
		submit(By.xpath("//button[normalize-space()='Nieuwe versie opslaan']"));
		String errors = browser.findElement(By.cssSelector("[role=alert]")).getText();
		assertThat(errors).contains("Beschrijf wat er verandert en waarom.")
			.contains("Het maximum mag niet kleiner zijn dan het minimum.")
			.contains("Vul een gewicht van 0 tot en met 100 in.");
		assertAccessible("regelset-nieuw-fouten");
		browser.findElement(By.id("rules0.maxCount")).clear();
		browser.findElement(By.id("weights1.value")).clear();
		browser.findElement(By.id("weights1.value")).sendKeys("3");
		browser.findElement(By.id("description")).sendKeys("Browsertest: zeer actief vanaf 12 antecedenten");
		submit(By.xpath("//button[normalize-space()='Nieuwe versie opslaan']"));
		waitForUrl("/selectie/regelsets");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("De nieuwe versie van de selectieregels is opgeslagen.")
			.contains("Browsertest: zeer actief vanaf 12 antecedenten");
	}
}
