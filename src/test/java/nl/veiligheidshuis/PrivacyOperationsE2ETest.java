package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The privacy pages with the demo's requests and hold (secretariat) and the audit review (functional
 * administrator): each passes the axe scan.
 */
@HouseIntegrationTest
class PrivacyOperationsE2ETest extends BrowserTest {

	@Test
	void the_secretariat_and_the_administrator_open_the_privacy_pages_without_accessibility_violations()
			throws IOException {
		browser.manage().deleteAllCookies();
		login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.linkText("Privacy")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Verzoeken van betrokkenen");
		assertAccessible("verzoeken");
		browser.findElement(By.cssSelector("main table a[href^='/privacy/verzoeken/']")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Verzoek om");
		assertAccessible("verzoek");
		open("/privacy/bewaarplichten");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bewaarplichten");
		assertAccessible("bewaarplichten");
		submit(By.cssSelector("form[action='/privacy/bewaarplichten'] button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector(".utrecht-form-field-error-message"))).isNotEmpty();
		assertAccessible("bewaarplicht-fouten");

		browser.manage().deleteAllCookies();
		login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		open("/beheer/auditlog?handeling=READ");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Auditlog");
		assertAccessible("auditlog-zoeken");
	}
}
