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
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives Debian's Chromium (headless) as a user would and runs axe-core with the WCAG 2.1 A and AA
 * rules on each page it is asked to check: zero violations allowed. Screenshots of each checked page go
 * to {@code target/e2e-screenshots}. Subclasses run in the {@code e2e} Maven profile.
 */
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;
	private String axeSource;
	private final JsonMapper json = JsonMapper.builder().build();
	private final Path screenshots = Path.of(System.getProperty("vh.test.build-directory", "target"), "e2e-screenshots");

	@BeforeAll
	void startBrowser() throws IOException {
		try (InputStream axe = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
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

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected void login(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		submit();
	}

	/** Clicks the (first) submit button of the page and waits for the page it leads to. */
	protected void submit() {
		submit(By.cssSelector("main button[type=submit]"));
	}

	protected void submit(By button) {
		String before = browser.getCurrentUrl();
		String page = browser.getPageSource();
		browser.findElement(button).click();
		waitFor(driver -> !driver.getCurrentUrl().equals(before) || !driver.getPageSource().equals(page));
	}

	/** Form posts navigate asynchronously from WebDriver's point of view: wait for the new page. */
	protected void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}

	protected void waitForUrl(String fragment) {
		waitFor(ExpectedConditions.urlContains(fragment));
	}

	protected void assertAccessible(String name) throws IOException {
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
