package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Assessment, plan and partner check in the browser on the demo data: the intervention manager opens the plan
 * of a trajectory in the partner check (versions, commitments, the counter-proposal) and the assessment form
 * of one in assessment; probation finds its commitment request in "Mijn werk", opens it and confirms. Every
 * page passes the axe scan.
 */
@HouseIntegrationTest
class PlanE2ETest extends BrowserTest {

	@Test
	void the_intervention_manager_reads_the_plan_and_probation_answers_its_commitment_request_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/trajecten?stand=PARTNER_CHECK");
		firstTrajectory().click();
		waitFor(driver -> !driver.findElements(By.id("naar-plan")).isEmpty());
		browser.findElement(By.id("naar-plan")).click();
		waitFor(driver -> !driver.findElements(By.id("maatwerkplan")).isEmpty());
		assertThat(browser.findElement(By.id("interventies")).getText()).contains("Trajectbegeleiding");
		assertThat(browser.findElement(By.id("toezeggingen")).getText()).contains("Andere startdatum voorgesteld");
		assertAccessible("plan-partnercheck");
		browser.findElement(By.cssSelector("a[href*='versie=1']")).click();
		waitFor(driver -> driver.findElement(By.id("planversie")).getText().contains("versie 1"));
		assertAccessible("plan-versie-1");

		open("/trajecten?stand=ASSESSMENT");
		firstTrajectory().click();
		waitFor(driver -> !driver.findElements(By.id("naar-plan")).isEmpty());
		open(browser.findElement(By.id("naar-plan")).getAttribute("href").replaceFirst("^https?://[^/]+", "") + "?diagnose=ZRM");
		assertThat(browser.findElement(By.id("diagnose-vastleggen")).isDisplayed()).isTrue();
		assertAccessible("plan-diagnose-zrm");

		browser.manage().deleteAllCookies();
		login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		// the open request in the work list (the inbox may also hold links to requests answered already)
		WebElement request = browser
			.findElement(By.cssSelector("section[aria-labelledby=werk-vandaag] a[href*='/toezegging']"));
		request.click();
		waitFor(driver -> !driver.findElements(By.id("interventie")).isEmpty());
		assertAccessible("toezegging");
		browser.findElement(By.cssSelector("label[for=answer1]")).click();
		submit(By.cssSelector("main form button[type=submit]"));
		waitFor(driver -> !driver.findElements(By.id("geen-verzoek")).isEmpty());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("de toezegging is vastgelegd");
		assertAccessible("toezegging-bevestigd");
	}

	private WebElement firstTrajectory() {
		return browser.findElement(By.cssSelector("main table a[href^='/trajecten/']"));
	}
}
