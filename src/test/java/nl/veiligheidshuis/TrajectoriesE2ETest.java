package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Trajectories in the browser: the house manager starts one for a person on the priority list and
 * assigns it; the intervention manager finds it in "Mijn werk" and the caseload and opens the dossier; a
 * partner professional who takes no part gets "not found". Every page passes the axe scan.
 */
@HouseIntegrationTest
class TrajectoriesE2ETest extends BrowserTest {

	@Test
	void the_house_manager_starts_and_assigns_a_trajectory_and_the_intervention_manager_opens_it_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Trajecten")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trajecten");
		assertAccessible("trajecten");
		browser.findElement(By.linkText("Traject starten")).click();
		assertAccessible("traject-starten");
		assertThat(browser.findElements(By.id("persoon-0"))).as("a person on the list without a trajectory").isNotEmpty();
		browser.findElement(By.cssSelector("label[for=persoon-0]")).click();
		submit(By.xpath("//section[.//h2[@id='van-de-lijst']]//button[@type='submit']"));
		waitFor(driver -> !driver.findElements(By.id("kerngegevens")).isEmpty());
		String dossier = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		assertThat(browser.findElement(By.id("interventiemanager")).getText()).isEqualTo("Nog niet toegewezen");
		assertAccessible("dossier-nieuw");

		new Select(browser.findElement(By.id("interventionManagerId"))).selectByVisibleText("Ingrid Maas");
		submit(By.xpath("//button[normalize-space()='Toewijzen']"));
		waitFor(driver -> driver.findElement(By.id("interventiemanager")).getText().equals("Ingrid Maas"));
		assertThat(browser.findElement(By.id("tijdlijn-tabel")).getText()).contains("Ingrid Maas");
		assertAccessible("dossier-toegewezen");
		open("/trajecten/werkvoorraad");
		assertAccessible("werkvoorraad-manager");

		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("traject");
		open("/trajecten/werkvoorraad");
		assertAccessible("werkvoorraad-im");
		open(dossier);
		assertThat(browser.findElement(By.id("stand")).getText()).isNotBlank();
		assertAccessible("dossier-im");

		browser.manage().deleteAllCookies();
		login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open(dossier);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
		assertAccessible("dossier-niet-gevonden");
	}
}
