package nl.veiligheidshuis.persons;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;

/**
 * The person pages and API over HTTP, on the seeded demo registry: a police professional finds only
 * persons the police sent, the merged view shows two sources for a duplicate, and the known-person check
 * answers yes/no with the house's contact only, audited, and 429 after the limit.
 */
@HouseIntegrationTest
class PersonPagesAndApiIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	private UUID personWithSurname(String surname) {
		List<UUID> ids = jdbc.sql("SELECT DISTINCT person_id FROM persons_source_record WHERE surname = :s")
			.param("s", surname).query(UUID.class).list();
		assertThat(ids).as("demo persons named %s", surname).hasSize(1);
		return ids.getFirst();
	}

	@Test
	void the_demo_duplicates_resolve_to_one_person_with_two_sources() {
		UUID berg = personWithSurname("Berg");
		HttpTestClient im = new HttpTestClient(port);
		im.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> page = im.get("/personen/" + berg);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Politie regio Limburg Zuid").contains("Stichting Reclassering Nederland regio Limburg")
			.contains("Akerstraat 12");
		assertThat(jdbc.sql("SELECT count(DISTINCT person_id) FROM persons_source_record WHERE surname IN ('Janssen', 'Jansen')")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void the_search_page_posts_the_person_data_and_lists_the_persons_found() {
		HttpTestClient im = new HttpTestClient(port);
		im.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> results = im.postForm("/personen", "/personen", "surname=" + HttpTestClient.encode("v.d. Berg"));

		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(results.body()).contains("/personen/" + personWithSurname("Berg")).contains("Johannes Petrus van den Berg");
	}

	@Test
	void a_police_professional_does_not_find_probation_persons_and_gets_404_on_their_page() {
		UUID vankan = personWithSurname("Vankan");
		UUID bakkali = personWithSurname("Bakkali");
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);

		String found = police.postForm("/personen", "/personen", "surname=Vankan").body();
		String own = police.postForm("/personen", "/personen", "surname=Bakkali").body();

		assertThat(found).doesNotContain(vankan.toString());
		assertThat(own).contains(bakkali.toString());
		assertThat(police.get("/personen/" + vankan).statusCode()).isEqualTo(404);
		assertThat(police.get("/personen/" + bakkali).statusCode()).isEqualTo(200);
		String api = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		assertProblem(police.send(police.request("/api/v1/persons/" + vankan).header("Authorization", api)), 404,
				"Niet gevonden");
	}

	@Test
	void the_api_searches_by_post_and_shows_each_value_with_its_sources() {
		HttpTestClient client = new HttpTestClient(port);
		String api = DemoApiTokens.bearer(apiTokens, accounts, "manager.demo");

		JsonNode search = JSON.readTree(client.send(client.request("/api/v1/persons/searches").header("Authorization", api)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"surname\":\"van den Berg\",\"dateOfBirth\":\"1988-03-14\"}"))).body());
		String id = search.path("results").get(0).path("id").asString();
		JsonNode person = JSON.readTree(client.send(client.request("/api/v1/persons/" + id).header("Authorization", api)).body());

		assertThat(search.path("results").size()).isEqualTo(1);
		assertThat(person.path("sources").size()).isEqualTo(2);
		assertThat(person.path("datesOfBirth").get(0).path("sources").size()).isEqualTo(2);
		HttpResponse<String> invalid = client.send(client.request("/api/v1/persons/searches").header("Authorization", api)
			.header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"surname\":\"\"}")));
		assertProblem(invalid, 400, "Ongeldig verzoek");
	}

	@Test
	void the_known_person_check_answers_yes_or_no_with_the_house_contact_only_and_is_audited() {
		HttpTestClient client = new HttpTestClient(port);
		String api = DemoApiTokens.bearer(apiTokens, accounts, "im.demo");
		UUID meer = personWithSurname("Meer");

		JsonNode known = check(client, api, "{\"surname\":\"vd Meer\",\"dateOfBirth\":\"1979-02-09\"}");
		JsonNode unknown = check(client, api, "{\"surname\":\"Onbekendhuizen\",\"dateOfBirth\":\"1950-01-01\"}");
		// 999990001 is the (invalid) BSN of the demo's Dirk van der Meer: never a key, so not known by it.
		JsonNode invalidBsn = check(client, api, "{\"bsn\":\"999990001\"}");

		assertThat(known.path("known").asBoolean()).isTrue();
		assertThat(known.path("contact").path("house").asString()).isNotBlank();
		assertThat(known.propertyNames()).containsExactlyInAnyOrder("known", "contact");
		assertThat(known.path("contact").propertyNames()).containsExactlyInAnyOrder("house", "phone", "email");
		assertThat(known.toString()).doesNotContain(meer.toString()).doesNotContain("Dirk");
		assertThat(unknown.path("known").asBoolean()).isFalse();
		assertThat(unknown.path("contact").isNull()).isTrue();
		assertThat(invalidBsn.path("known").asBoolean()).isFalse();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'SEARCH' AND object_type = 'known-person-check' AND person_id = :p AND actor_name = 'im.demo'""")
			.param("p", meer).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void the_known_person_check_refuses_with_429_after_30_checks_in_a_minute() {
		HttpTestClient client = new HttpTestClient(port);
		String api = DemoApiTokens.bearer(apiTokens, accounts, "reclassering.demo");
		for (int i = 0; i < 30; i++) {
			assertThat(send(client, api, "{\"bsn\":\"999990003\"}").statusCode()).as("check %s", i + 1).isEqualTo(200);
		}

		HttpResponse<String> refused = send(client, api, "{\"bsn\":\"999990003\"}");

		assertProblem(refused, 429, "Te veel verzoeken");
		HttpResponse<String> incomplete = send(client, DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo"),
				"{\"surname\":\"Meer\"}");
		assertProblem(incomplete, 400, "Ongeldig verzoek");
	}

	private static JsonNode check(HttpTestClient client, String api, String body) {
		HttpResponse<String> response = send(client, api, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static HttpResponse<String> send(HttpTestClient client, String api, String body) {
		return client.send(client.request("/api/v1/known-person-checks").header("Authorization", api)
			.header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
	}
}
