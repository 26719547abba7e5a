package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives Debian's Chromium (headless) through every page that exists, as a user would, and runs
 * axe-core with the WCAG 2.1 A and AA rules on each: zero violations allowed. Screenshots of each page
 * go to {@code target/e2e-screenshots}. Runs in the {@code e2e} Maven profile.
 */
@Tag("e2e")
@HouseIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPagesE2ETest {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	private ChromeDriver browser;
	private String axeSource;
	private final JsonMapper json = JsonMapper.builder().build();
	private final Path screenshots = Path.of(System.getProperty("vh.test.build-directory", "target"), "e2e-screenshots");

	@BeforeAll
	void startBrowser() throws IOException {
		try (InputStream axe = getClass().getResourceAsStream("/axe/axe.min.js")) {
			assertThat(axe).as("axe-core from npm, copied by the build").isNotNull();
			axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl");
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(screenshots);
	}

	@AfterAll
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

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
		assertThat(sections).hasSize(8);
		for (String section : sections) {
			browser.get(section);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
			assertAccessible("sectie-" + (section.endsWith("/") ? "mijn-werk" : section.substring(section.lastIndexOf('/') + 1)));
		}

		open("/bestaat-niet");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
		assertAccessible("niet-gevonden");

		browser.findElement(By.cssSelector(".vh-header__logout button")).click();
		waitFor(ExpectedConditions.urlContains("/login?afgemeld"));
		assertThat(browser.getPageSource()).contains("U bent afgemeld.");
	}

	@Test
	void a_user_makes_an_api_token_on_the_profile_page_sees_it_once_and_revokes_it() throws IOException {
		browser.manage().deleteAllCookies();
		login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		browser.findElement(By.cssSelector(".vh-header__profile")).click();
		waitFor(ExpectedConditions.urlContains("/profiel"));
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
		waitFor(ExpectedConditions.stalenessOf(submit));
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

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void login(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		String loginPage = browser.getCurrentUrl();
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlToBe(loginPage)));
	}

	/** Form posts navigate asynchronously from WebDriver's point of view: wait for the new page. */
	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}

	private void assertAccessible(String name) throws IOException {
		Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		browser.executeScript(axeSource);
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
				  .then(r => done(JSON.stringify(r.violations)))
				  .catch(e => done(JSON.stringify([{ id: 'axe-error', help: String(e), nodes: [] }])));""", WCAG_21_AA);
		JsonNode violations = json.readTree((String) result);
		StringBuilder report = new StringBuilder();
		for (JsonNode violation : violations) {
			report.append(violation.path("id").asString()).append(": ").append(violation.path("help").asString());
			for (JsonNode node : violation.path("nodes")) {
				report.append("\n    ").append(node.path("target").toString());
			}
			report.append('\n');
		}
		assertThat(violations.size()).as("axe WCAG 2.1 AA violations on %s (%s):%n%s", name, browser.getCurrentUrl(), report)
			.isZero();
	}
}
