package nl.veiligheidshuis.platform;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API frame of the Dutch REST API Design Rules: versioned, documented, errors as problem+json. */
@HouseIntegrationTest
class ApiFrameIntegrationTest {


	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	private HttpTestClient http;
	private String admin;
	private String professional;
	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
		admin = DemoApiTokens.bearer(apiTokens, accounts, "beheer.demo");
		professional = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
	}

	@Test
	void the_openapi_document_is_public_and_describes_the_api() {
		HttpResponse<String> response = http.get("/api/v1/openapi.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
		JsonNode document = json.readTree(response.body());
		assertThat(document.path("info").path("title").asString()).isEqualTo("Veiligheidshuis API");
		assertThat(document.path("info").path("version").asString()).isEqualTo("1.0.0");
		assertThat(document.path("paths").has("/api/v1/house")).isTrue();
		assertThat(document.path("paths").has("/api/v1/me")).isTrue();
		for (String agenda : java.util.List.of("/api/v1/case-conferences", "/api/v1/case-conferences/{conferenceId}/items",
				"/api/v1/appointments", "/api/v1/appointments/{appointmentId}/outcome", "/api/v1/rooms/{roomId}/bookings")) {
			assertThat(document.path("paths").has(agenda)).as(agenda).isTrue();
		}
	}

	@Test
	void every_api_response_carries_the_api_version_header() {
		assertThat(http.send(http.request("/api/v1/house").header("Authorization", admin)).headers()
			.firstValue("API-Version")).hasValue("1.0.0");
		assertThat(http.get("/api/v1/house").headers().firstValue("API-Version")).hasValue("1.0.0");
		assertThat(http.send(http.request("/api/v1/bestaat-niet").header("Authorization", admin)).headers()
			.firstValue("API-Version")).hasValue("1.0.0");
	}

	@Test
	void an_authenticated_caller_reads_the_house_and_themselves() {
		HttpResponse<String> house = http.send(http.request("/api/v1/house").header("Authorization", professional));
		HttpResponse<String> me = http.send(http.request("/api/v1/me").header("Authorization", professional));

		assertThat(house.statusCode()).isEqualTo(200);
		assertThat(json.readTree(house.body()).path("name").asString()).isEqualTo("Veiligheidshuis Heerlen");
		JsonNode user = json.readTree(me.body());
		assertThat(user.path("organisation").asString()).isEqualTo("Politie regio Limburg Zuid");
		assertThat(user.path("roles").get(0).asString()).isEqualTo("PARTNER_PROFESSIONAL");
	}

	@Test
	void an_anonymous_caller_gets_401_as_problem_json() {
		HttpResponse<String> response = http.get("/api/v1/house");

		assertProblem(response, 401, "Niet aangemeld");
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void a_caller_without_the_role_gets_403_as_problem_json() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", professional)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"Ander huis\"}")));

		assertProblem(response, 403, "Geen toegang");
	}

	@Test
	void an_unknown_path_is_404_as_problem_json() {
		HttpResponse<String> response = http.send(http.request("/api/v1/bestaat-niet").header("Authorization", admin));

		assertProblem(response, 404, "Niet gevonden");
	}

	@Test
	void a_trailing_slash_is_404() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house/").header("Authorization", admin));

		assertProblem(response, 404, "Niet gevonden");
	}

	@Test
	void a_method_that_is_not_allowed_is_405_with_allow_header() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", admin)
			.DELETE());

		assertProblem(response, 405, "Methode niet toegestaan");
		assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("PUT");
	}

	@Test
	void an_unsupported_content_type_is_415() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", admin)
			.header("Content-Type", "text/plain")
			.PUT(BodyPublishers.ofString("Ander huis")));

		assertProblem(response, 415, "Formaat niet ondersteund");
	}

	@Test
	void an_unacceptable_accept_header_is_406() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", admin)
			.header("Accept", "application/xml"));

		assertProblem(response, 406, "Formaat niet beschikbaar");
	}

	@Test
	void an_unexpected_error_is_500_without_stack_trace_or_message() {
		HttpResponse<String> response = http.send(http.request("/api/v1/test-failure").header("Authorization", admin));

		assertProblem(response, 500, "Interne fout");
		assertThat(response.body()).doesNotContain(FailingTestApi.SECRET_MESSAGE)
			.doesNotContain("Exception")
			.doesNotContain("at nl.");
	}

	@Test
	void invalid_input_is_400_listing_every_invalid_field() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", admin)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"   \"}")));

		assertProblem(response, 400, "Ongeldig verzoek");
		JsonNode invalid = json.readTree(response.body()).path("invalidParams");
		assertThat(invalid.size()).isEqualTo(1);
		assertThat(invalid.get(0).path("name").asString()).isEqualTo("name");
		assertThat(invalid.get(0).path("reason").asString()).isEqualTo("Dit veld is verplicht.");
	}

	@Test
	void the_functional_administrator_renames_the_house() {
		HttpResponse<String> response = http.send(http.request("/api/v1/house")
			.header("Authorization", admin)
			.header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString("{\"name\":\"Veiligheidshuis Heerlen\"}")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).path("name").asString()).isEqualTo("Veiligheidshuis Heerlen");
	}

	@Test
	void an_oversized_header_is_400_as_dutch_problem_json_not_the_servers_own_page() {
		HttpResponse<String> api = http.send(http.request("/api/v1/house").header("X-Groot", "a".repeat(20_000)));
		HttpResponse<String> page = http.send(http.request("/login").header("X-Groot", "a".repeat(20_000)));

		assertProblem(api, 400, "Ongeldig verzoek");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"nl\">").contains("Ongeldig verzoek").doesNotContain("Tomcat");
	}
}
