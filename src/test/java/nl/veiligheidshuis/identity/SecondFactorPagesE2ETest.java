package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.veiligheidshuis.BrowserTest;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/** The login with the second factor, as outside demo mode, in a real browser and checked with axe. */
@HouseIntegrationTest
@TestPropertySource(properties = "vh.security.totp-required=true")
class SecondFactorPagesE2ETest extends BrowserTest {

	private static final String PASSWORD = "groene fiets op de dijk";

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Test
	void a_user_enrols_with_the_qr_page_and_later_logs_in_with_a_code() throws IOException {
		String username = "browser." + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(username, "Bart Browser", partners.findByName("Gemeente Heerlen").orElseThrow(),
				EnumSet.of(Role.HOUSE_MANAGER), PASSWORD);

		login(username, PASSWORD);
		waitForUrl("/login/tweede-factor/instellen");
		assertThat(browser.findElement(By.cssSelector(".vh-qr svg")).isDisplayed()).isTrue();
		assertAccessible("tweede-factor-instellen");
		String secret = browser.findElement(By.id("totp-sleutel")).getText().replace(" ", "");

		browser.findElement(By.id("code")).sendKeys("000000");
		submit();
		assertThat(browser.findElement(By.id("code-fout")).getText()).contains("niet juist");
		assertAccessible("tweede-factor-instellen-fout");

		// The current step to enrol and the next one to log in: each step is usable once, and a 30-second
		// boundary passing in between still leaves both codes within the server's window of one step.
		long enrolStep = Totp.step(Instant.now());
		browser.findElement(By.id("code")).sendKeys(Totp.code(secret, enrolStep));
		submit();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");

		browser.findElement(By.cssSelector(".vh-header__logout button")).click();
		waitForUrl("/login?afgemeld");
		login(username, PASSWORD);
		waitForUrl("/login/tweede-factor");
		assertAccessible("tweede-factor");
		browser.findElement(By.id("code")).sendKeys(Totp.code(secret, enrolStep + 1));
		submit();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");
		assertThat(browser.findElement(By.className("vh-header")).getText()).contains("Bart Browser");
	}
}
