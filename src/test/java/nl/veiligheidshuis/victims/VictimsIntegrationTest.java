package nl.veiligheidshuis.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.intake.AntecedentResolution;
import nl.veiligheidshuis.intake.AntecedentResolutionIntegrationTest;
import nl.veiligheidshuis.intake.PoliceAntecedentImport;
import nl.veiligheidshuis.intake.PoliceDomesticViolenceRegistered;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incidents, victims, support offers, domestic-violence cases and early signals through the API and the pages:
 * need-to-know for victim records (a partner involved only in the perpetrator's trajectory gets 404), the repeat flag
 * in the API, on the page and in the secretariat's "Mijn werk", restraining-order dates, the repeat case, problem+json
 * on bad input with nothing written, and the audit of every read.
 */
@HouseIntegrationTest
class VictimsIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Victims victims;

	@Autowired
	PoliceAntecedentImport importer;

	@Autowired
	AntecedentResolution resolution;

	@Autowired
	PoliceRegistrations policeRegistrations;

	private final LocalDate today = LocalDate.now();

	@Test
	void a_partner_only_in_the_perpetrators_trajectory_cannot_read_the_victims_support_records() {
		HttpTestClient http = new HttpTestClient(port);
		String perpetratorName = TrajectoriesIntegrationTest.unique("Dader");
		var accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts, perpetratorName);
		UUID probation = partners.findByName(PROBATION).orElseThrow().value();
		TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "\"" + probation + "\"");
		String victimName = TrajectoriesIntegrationTest.unique("Slachtoffer");

		JsonNode incident = send("politie.demo", "POST", "/api/v1/incidents", """
				{"occurredOn":"%s","kind":"DOMESTIC_VIOLENCE","description":"Melding",
				 "persons":[{"role":"SUSPECT","personId":"%s"},
				            {"role":"VICTIM","givenNames":"Eva","surname":"%s","dateOfBirth":"1990-04-02"}]}"""
			.formatted(today.minusDays(5), accepted.personId(), victimName), 201);
		UUID victim = victimOf(incident);
		JsonNode offer = send("politie.demo", "POST", "/api/v1/victims/" + victim + "/support-offers",
				"{\"kind\":\"VICTIM_SUPPORT_REFERRAL\",\"consent\":\"GIVEN\"}", 201);

		// probation takes part in the perpetrator's trajectory, not in anything of the victim's
		send("reclassering.demo", "GET", "/api/v1/victims/" + victim, null, 404);
		send("reclassering.demo", "GET", "/api/v1/victims/" + victim + "/support-offers", null, 404);
		send("reclassering.demo", "PUT", "/api/v1/victims/" + victim + "/support-offers/" + offer.path("id").asString()
				+ "/outcome", "{\"consent\":\"GIVEN\",\"outcome\":\"x\"}", 404);
		send("reclassering.demo", "GET", "/api/v1/incidents/" + incident.path("id").asString(), null, 404);
		assertThat(send("reclassering.demo", "GET", "/api/v1/victims", null, 200).toString()).doesNotContain(victimName);
		assertThat(send("reclassering.demo", "GET", "/api/v1/incidents", null, 200).toString()).doesNotContain(victimName);
		HttpTestClient probationPages = new HttpTestClient(port);
		probationPages.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(probationPages.get("/slachtoffers/" + victim).statusCode()).isEqualTo(404);
		assertThat(probationPages.get("/slachtoffers").body()).doesNotContain(victimName);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE object_type = 'victim' AND person_id = :p AND result = 'DENIED'
				AND actor_name = 'reclassering.demo'""").param("p", victim).query(Integer.class).single()).isGreaterThanOrEqualTo(3);

		// the registering partner, the secretariat and the house manager read it; victim support once offered
		assertThat(send("politie.demo", "GET", "/api/v1/victims/" + victim, null, 200).path("supportOffers").size()).isEqualTo(1);
		send("secretariaat.demo", "GET", "/api/v1/victims/" + victim, null, 200);
		send("manager.demo", "GET", "/api/v1/victims/" + victim, null, 200);
		send("stuurgroep.demo", "GET", "/api/v1/victims/" + victim, null, 403);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE object_type = 'victim' AND person_id = :p AND result = 'ALLOWED'
				AND action = 'READ'""").param("p", victim).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
		send("politie.demo", "PUT", "/api/v1/victims/" + victim + "/support-offers/" + offer.path("id").asString() + "/outcome",
				"{\"consent\":\"GIVEN\",\"outcome\":\"Contact gelegd\"}", 204);
		assertThat(send("politie.demo", "GET", "/api/v1/victims/" + victim, null, 200).path("supportOffers").get(0)
			.path("outcome").asString()).isEqualTo("Contact gelegd");
	}

	@Test
	void two_incidents_within_twelve_months_flag_the_victim_in_the_api_the_page_and_the_secretariats_work() {
		String name = TrajectoriesIntegrationTest.unique("Herhaald");
		JsonNode first = send("politie.demo", "POST", "/api/v1/incidents", incident(today.minusMonths(12), "VIOLENCE",
				"{\"role\":\"VICTIM\",\"givenNames\":\"Lotte\",\"surname\":\"" + name + "\",\"dateOfBirth\":\"1979-02-11\"}"), 201);
		UUID victim = victimOf(first);
		JsonNode before = send("politie.demo", "GET", "/api/v1/victims/" + victim, null, 200);
		assertThat(before.path("repeatVictim").asBoolean()).isFalse();
		assertThat(before.path("incidentsInWindow").asInt()).as("exactly twelve months ago counts").isEqualTo(1);

		JsonNode second = send("politie.demo", "POST", "/api/v1/incidents", incident(today, "THREAT",
				"{\"role\":\"VICTIM\",\"personId\":\"" + victim + "\"}"), 201);
		JsonNode after = send("politie.demo", "GET", "/api/v1/victims/" + victim, null, 200);
		assertThat(after.path("repeatVictim").asBoolean()).isTrue();
		// the reports count it too, under a pseudonym: two rows of one subject that is not the person id
		List<UUID> subjects = List.of();
		for (int attempt = 0; attempt < 100 && subjects.size() < 2; attempt++) {
			List<UUID> rows = List.of(first, second).stream().map(i -> UUID.nameUUIDFromBytes((i.path("id").asString() + ":"
					+ victim).getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList();
			subjects = jdbc.sql("SELECT subject FROM reporting_victim_incident WHERE incident_id IN (:rows)")
				.param("rows", rows).query(UUID.class).list();
			sleep();
		}
		assertThat(subjects).hasSize(2).doesNotContain(victim);
		assertThat(subjects.get(0)).isEqualTo(subjects.get(1));
		assertThat(send("secretariaat.demo", "GET", "/api/v1/victims?repeat=true", null, 200).toString()).contains(victim.toString());

		HttpTestClient pages = new HttpTestClient(port);
		pages.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(pages.get("/slachtoffers/" + victim).body()).contains("id=\"herhaald-slachtoffer\"");
		assertThat(pages.get("/").body()).contains("herhaald slachtoffer(s)").contains("/slachtoffers?herhaald=true")
			.doesNotContain(name);
	}

	@Test
	void bad_input_is_a_problem_listing_every_rule_and_nothing_is_written() {
		int before = jdbc.sql("SELECT count(*) FROM victims_incident").query(Integer.class).single();
		HttpResponse<String> invalid = raw("politie.demo", "POST", "/api/v1/incidents", "{\"persons\":[]}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(invalid.body()).contains("occurredOn").contains("kind").contains("persons");

		HttpResponse<String> broken = raw("politie.demo", "POST", "/api/v1/incidents", incident(today.plusDays(1), "THEFT",
				"{\"role\":\"WITNESS\",\"givenNames\":\"Piet\",\"surname\":\"\"}"));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(broken.body());
		List<String> codes = new ArrayList<>();
		problem.path("violatedRules").forEach(rule -> codes.add(rule.path("code").asString()));
		assertThat(codes).contains("victims.rule.occurredInFuture", "victims.rule.victimNeeded", "victims.rule.surname");
		assertThat(jdbc.sql("SELECT count(*) FROM victims_incident").query(Integer.class).single()).isEqualTo(before);

		HttpTestClient pages = new HttpTestClient(port);
		pages.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> page = pages.postForm("/slachtoffers/incidenten/nieuw", "/slachtoffers/incidenten",
				"occurredOn=" + today.plusDays(3) + "&kind=THEFT&persons%5B0%5D.role=VICTIM&persons%5B0%5D.surname=");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("De datum van het incident ligt in de toekomst.").contains("Vul de achternaam in.");
	}

	@Test
	void a_domestic_violence_case_with_its_restraining_order_dates_risk_and_repeat_case() {
		String name = TrajectoriesIntegrationTest.unique("Huiselijk");
		JsonNode incident = send("politie.demo", "POST", "/api/v1/incidents", incident(today.minusMonths(2), "DOMESTIC_VIOLENCE",
				"{\"role\":\"SUSPECT\",\"givenNames\":\"Bas\",\"surname\":\"" + name + "\",\"dateOfBirth\":\"1980-01-01\"}",
				"{\"role\":\"VICTIM\",\"givenNames\":\"Iris\",\"surname\":\"" + name + "\",\"dateOfBirth\":\"1983-05-05\"}",
				"{\"role\":\"CHILD_PRESENT\",\"givenNames\":\"Tim\",\"surname\":\"" + name + "\",\"dateOfBirth\":\"2019-05-05\"}"), 201);
		JsonNode dvCase = send("politie.demo", "POST", "/api/v1/domestic-violence-cases",
				"{\"incidentId\":\"" + incident.path("id").asString() + "\"}", 201);
		String casePath = "/api/v1/domestic-violence-cases/" + dvCase.path("id").asString();
		assertThat(dvCase.path("persons").findValuesAsString("role")).containsExactlyInAnyOrder("CHILD", "PERPETRATOR", "VICTIM");
		String perpetrator = personIn(dvCase, "PERPETRATOR");
		String victim = personIn(dvCase, "VICTIM");

		send("reclassering.demo", "GET", casePath, null, 404);

		LocalDate imposed = today.minusDays(2);
		JsonNode order = send("politie.demo", "POST", casePath + "/restraining-orders",
				"{\"perpetratorId\":\"" + perpetrator + "\",\"imposedOn\":\"" + imposed + "\"}", 201);
		JsonNode withOrder = send("politie.demo", "GET", casePath, null, 200).path("restrainingOrders").get(0);
		assertThat(withOrder.path("endsOn").asString()).isEqualTo(imposed.plusDays(10).toString());
		assertThat(withOrder.path("latestEnd").asString()).isEqualTo(imposed.plusDays(28).toString());
		assertThat(withOrder.path("running").asBoolean()).isTrue();
		String extension = casePath + "/restraining-orders/" + order.path("id").asString() + "/extension";
		HttpResponse<String> tooLong = raw("politie.demo", "POST", extension, "{\"endsOn\":\"" + imposed.plusDays(29) + "\"}");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("victims.rule.extensionTooLong");
		send("politie.demo", "POST", extension, "{\"endsOn\":\"" + imposed.plusDays(28) + "\"}", 204);
		assertThat(send("politie.demo", "GET", casePath, null, 200).path("restrainingOrders").get(0).path("endsOn").asString())
			.isEqualTo(imposed.plusDays(28).toString());
		HttpResponse<String> notPerpetrator = raw("politie.demo", "POST", casePath + "/restraining-orders",
				"{\"perpetratorId\":\"" + victim + "\",\"imposedOn\":\"" + today + "\"}");
		assertThat(notPerpetrator.body()).contains("victims.rule.orderPerson");

		// a high-risk checklist proposes a case conference to the secretariat
		JsonNode grade = send("politie.demo", "POST", casePath + "/risk-assessments",
				"{\"factors\":[\"EARLIER_VIOLENCE\",\"THREAT_TO_KILL\",\"STRANGULATION\",\"WEAPON\",\"VICTIM_AFRAID\"]}", 201);
		assertThat(grade.path("grade").asString()).isEqualTo("HIGH");
		assertThat(send("politie.demo", "GET", casePath, null, 200).path("conferenceProposed").asBoolean()).isTrue();
		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(secretariat.get("/").body()).contains("/slachtoffers/huiselijk-geweld/" + dvCase.path("id").asString());

		// the conference took place a month ago: the incident two months ago was known, no repeat case yet
		send("politie.demo", "PUT", casePath + "/last-conference", "{\"heldOn\":\"" + today.minusMonths(1) + "\"}", 403);
		JsonNode afterConference = send("secretariaat.demo", "PUT", casePath + "/last-conference",
				"{\"heldOn\":\"" + today.minusMonths(1) + "\"}", 200);
		assertThat(afterConference.path("repeatCase").asBoolean()).isFalse();
		assertThat(afterConference.path("conferenceProposed").asBoolean()).as("held before the assessment").isTrue();
		send("politie.demo", "POST", "/api/v1/incidents", incident(today, "DOMESTIC_VIOLENCE",
				"{\"role\":\"SUSPECT\",\"personId\":\"" + perpetrator + "\"}", "{\"role\":\"VICTIM\",\"personId\":\"" + victim + "\"}"),
				201);
		assertThat(send("politie.demo", "GET", casePath, null, 200).path("repeatCase").asBoolean()).isTrue();
		int repeatCases = victims.repeatCaseCount();
		assertThat(repeatCases).as("the count in Mijn werk follows the same rule").isPositive();
		// a conference today discusses today's incident and the assessment: no longer a repeat case, nothing proposed
		JsonNode discussed = send("secretariaat.demo", "PUT", casePath + "/last-conference", "{\"heldOn\":\"" + today + "\"}",
				200);
		assertThat(discussed.path("repeatCase").asBoolean()).isFalse();
		assertThat(discussed.path("conferenceProposed").asBoolean()).isFalse();
		assertThat(victims.repeatCaseCount()).isEqualTo(repeatCases - 1);
		assertThat(send("secretariaat.demo", "PUT", casePath + "/last-conference",
				"{\"heldOn\":\"" + today.minusMonths(1) + "\"}", 200).path("lastConferenceOn").asString())
			.as("an earlier conference does not move the last one back").isEqualTo(today.toString());

		send("politie.demo", "PUT", casePath + "/safety-plan", "{\"plan\":\"Opvang bij familie\"}", 204);
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(police.get("/slachtoffers/huiselijk-geweld/" + dvCase.path("id").asString()).body())
			.contains("Opvang bij familie").doesNotContain("id=\"herhaalde-casus\"");
	}

	@Test
	void a_domestic_violence_registration_on_the_police_list_becomes_an_incident_and_makes_the_case_a_repeat_case() {
		String bsn = AntecedentResolutionIntegrationTest.validBsn(new Random());
		String surname = TrajectoriesIntegrationTest.unique("Politielijst");
		String registration = "HG" + UUID.randomUUID().toString().substring(0, 8);
		String header = String.join(",", PoliceAntecedentImport.COLUMNS) + "\n";
		String person = "," + bsn + ",," + surname + ",Karel,1979-03-14,M,Pastoorsstraat,7,6411 AB,Heerlen,";
		// a theft first: the person is on the list, no incident
		UUID firstImport = importCsv(header + registration + "-1" + person + today.minusDays(200) + ",100,property\n");
		resolveAll(firstImport);
		UUID perpetrator = jdbc.sql("SELECT person_id FROM intake_antecedent WHERE registration_id = :r")
			.param("r", registration + "-1").query(UUID.class).single();
		assertThat(incidentsAsSuspect(perpetrator)).isZero();

		// a domestic-violence case around them, discussed at a conference three months ago
		JsonNode incident = send("politie.demo", "POST", "/api/v1/incidents", incident(today.minusMonths(4), "DOMESTIC_VIOLENCE",
				"{\"role\":\"SUSPECT\",\"personId\":\"" + perpetrator + "\"}",
				"{\"role\":\"VICTIM\",\"givenNames\":\"Els\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"1982-06-01\"}"),
				201);
		String casePath = "/api/v1/domestic-violence-cases/" + send("politie.demo", "POST", "/api/v1/domestic-violence-cases",
				"{\"incidentId\":\"" + incident.path("id").asString() + "\"}", 201).path("id").asString();
		assertThat(send("secretariaat.demo", "PUT", casePath + "/last-conference",
				"{\"heldOn\":\"" + today.minusMonths(3) + "\"}", 200).path("repeatCase").asBoolean()).isFalse();

		// the next police list has a domestic-violence registration of last week: an incident, and a repeat case
		UUID secondImport = importCsv(header + registration + "-2" + person + today.minusDays(7) + ",311,domestic_violence\n");
		resolveAll(secondImport);
		for (int k = 0; k < 100 && incidentsAsSuspect(perpetrator) < 2; k++) {
			sleep();
		}
		assertThat(incidentsAsSuspect(perpetrator)).isEqualTo(2);
		JsonNode fromList = send("secretariaat.demo", "GET", "/api/v1/incidents", null, 200).path("incidents").valueStream()
			.filter(i -> i.path("occurredOn").asString().equals(today.minusDays(7).toString())
					&& i.path("persons").findValuesAsString("personId").contains(perpetrator.toString()))
			.findFirst().orElseThrow(() -> new AssertionError("the registration is no incident"));
		assertThat(fromList.path("kind").asString()).isEqualTo("DOMESTIC_VIOLENCE");
		assertThat(fromList.path("persons").findValuesAsString("role")).containsExactly("SUSPECT");
		assertThat(send("politie.demo", "GET", casePath, null, 200).path("repeatCase").asBoolean()).isTrue();

		// delivered again (a retried event), it adds nothing
		policeRegistrations.on(new PoliceDomesticViolenceRegistered(perpetrator, registration + "-2", today.minusDays(7),
				jdbc.sql("SELECT source_organisation_id FROM victims_incident WHERE id = :id")
					.param("id", UUID.fromString(fromList.path("id").asString())).query(UUID.class).single(),
				"Politie"));
		assertThat(incidentsAsSuspect(perpetrator)).isEqualTo(2);
	}

	private UUID importCsv(String csv) {
		return importer.importCsv(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				false, null).importId();
	}

	private void resolveAll(UUID importId) {
		for (int k = 0; k < 50 && resolution.unresolved(importId) > 0; k++) {
			resolution.resolveBatch(importId);
			sleep();
		}
		assertThat(resolution.unresolved(importId)).isZero();
	}

	private long incidentsAsSuspect(UUID person) {
		return jdbc.sql("SELECT count(*) FROM victims_incident_person WHERE person_id = :p AND role = 'SUSPECT'")
			.param("p", person).query(Long.class).single();
	}

	@Test
	void an_early_signal_stays_light_until_escalated_to_the_house_manager() {
		String name = TrajectoriesIntegrationTest.unique("Halt");
		HttpResponse<String> adult = raw("politie.demo", "POST", "/api/v1/early-signals", signal(name, today.minusYears(19)));
		assertThat(adult.statusCode()).isEqualTo(400);
		assertThat(adult.body()).contains("victims.rule.haltMinor");
		JsonNode signal = send("politie.demo", "POST", "/api/v1/early-signals", signal(name, today.minusYears(15)), 201);
		String path = "/api/v1/early-signals/" + signal.path("id").asString();
		send("reclassering.demo", "GET", path, null, 404);
		send("politie.demo", "PUT", path + "/outcome", "{\"outcome\":\"Halt-afdoening voltooid\"}", 204);
		send("politie.demo", "POST", path + "/escalation", "{\"reason\":\"Nieuw feit binnen drie maanden\"}", 204);
		JsonNode escalated = send("politie.demo", "GET", path, null, 200);
		assertThat(escalated.path("escalated").asBoolean()).isTrue();
		assertThat(escalated.path("outcome").asString()).isEqualTo("Halt-afdoening voltooid");
		raw("politie.demo", "POST", path + "/escalation", "{\"reason\":\"nogmaals\"}");
		HttpTestClient manager = new HttpTestClient(port);
		manager.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(manager.get("/").body()).contains("/slachtoffers/vroegsignalering").doesNotContain(name);
	}

	private String signal(String name, LocalDate born) {
		return """
				{"kind":"HALT","givenNames":"Sem","surname":"%s","dateOfBirth":"%s","signalledOn":"%s",
				 "description":"Vernieling","referredTo":"HALT"}""".formatted(name, born, today.minusDays(1));
	}

	private static String incident(LocalDate on, String kind, String... persons) {
		return "{\"occurredOn\":\"" + on + "\",\"kind\":\"" + kind + "\",\"persons\":[" + String.join(",", persons) + "]}";
	}

	private static UUID victimOf(JsonNode incident) {
		for (JsonNode person : incident.path("persons")) {
			if (person.path("role").asString().equals("VICTIM")) {
				return UUID.fromString(person.path("personId").asString());
			}
		}
		throw new AssertionError("no victim in " + incident);
	}

	private static String personIn(JsonNode dvCase, String role) {
		for (JsonNode person : dvCase.path("persons")) {
			if (person.path("role").asString().equals(role)) {
				return person.path("personId").asString();
			}
		}
		throw new AssertionError("no " + role + " in " + dvCase);
	}

	private HttpResponse<String> raw(String username, String method, String path, String json) {
		HttpTestClient http = new HttpTestClient(port);
		var request = http.request(path).header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, username));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		return http.send(request);
	}

	private JsonNode send(String username, String method, String path, String json, int expected) {
		HttpResponse<String> response = raw(username, method, path, json);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
