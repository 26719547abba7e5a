package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;

/** The Dutch page shell: login, the header with house and user, navigation, demo banner, error pages. */
@HouseIntegrationTest
class WebShellIntegrationTest {

	@LocalServerPort
	int port;

	private HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void an_anonymous_visitor_is_sent_to_the_dutch_login_page() {
		HttpResponse<String> home = http.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		HttpResponse<String> login = http.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<html lang=\"nl\">")
			.contains("<h1 class=\"utrecht-heading-1\">Inloggen</h1>")
			.contains("Demo — gebruik geen echte persoonsgegevens")
			.contains("href=\"#inhoud\"");
	}

	@Test
	void a_demo_user_logs_in_and_sees_my_work_with_house_name_and_organisation() {
		HttpResponse<String> login = http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");

		HttpResponse<String> home = http.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<title>Mijn werk — Veiligheidshuis Heerlen</title>")
			.contains("Ingrid Maas")
			.contains("Veiligheidshuis Heerlen (bedrijfsbureau)")
			.contains("Demo — gebruik geen echte persoonsgegevens")
			.contains("href=\"/trajecten\"")
			.contains("aria-label=\"Hoofdmenu\"");
	}

	@Test
	void a_wrong_password_shows_a_dutch_error_that_does_not_say_whether_the_account_exists() {
		HttpResponse<String> wrongPassword = http.login("im.demo", "fout-wachtwoord-123");
		HttpResponse<String> unknownUser = http.login("bestaat.niet", "fout-wachtwoord-123");

		assertThat(wrongPassword.headers().firstValue("Location")).isEqualTo(unknownUser.headers().firstValue("Location"));
		assertThat(http.get("/login?error").body())
			.contains("Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.");
	}

	@Test
	void an_unknown_page_is_a_dutch_404_page() {
		http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> page = http.get("/bestaat-niet");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"nl\">").contains("Niet gevonden");
	}

	@Test
	void a_trailing_slash_on_a_page_is_404() {
		http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		assertThat(http.get("/agenda/").statusCode()).isEqualTo(404);
	}

	@Test
	void the_front_end_assets_from_npm_are_served() {
		assertThat(http.get("/vendor/index.css").body()).contains(".utrecht-button");
		assertThat(http.get("/vendor/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(http.get("/css/theme.css").body()).contains("--utrecht-");
	}

	@Test
	void every_response_has_a_trace_id_and_a_given_traceparent_is_kept() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		HttpResponse<String> response = http.send(http.request("/login")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

		assertThat(response.headers().firstValue("Trace-Id")).hasValue(traceId);
		assertThat(http.get("/login").headers().firstValue("Trace-Id").orElseThrow()).matches("[0-9a-f]{32}");
	}
}
