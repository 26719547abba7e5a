package nl.veiligheidshuis.trajectories;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.JSON;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.post;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
import nl.veiligheidshuis.partners.PartnerOrganisations;
import tools.jackson.databind.JsonNode;

/**
 * Assessment, intervention plan and partner check through the API and the pages, on the real database: the
 * instrument for the client's age, the deficits confirmed, the coverage rule (every violated rule listed), plan
 * versions, the counter-proposal that changes the plan and asks again, the plan fully confirmed; need-to-know
 * on the new endpoints (404), assessment details only for who may read them, audit records. Every test makes
 * its own clients (unique surnames).
 */
@HouseIntegrationTest
class InterventionPlanIntegrationTest {

	static final String MUNICIPALITY = "Gemeente Heerlen";
	static final String PROBATION = TrajectoriesIntegrationTest.PROBATION;
	/** RISc scores that propose housing, work and income, debts, health and self-reliance (the default mapping). */
	static final String RISC_SCORES = """
			{"CRIMINAL_HISTORY":6,"HOUSING":4,"EDUCATION_AND_SCHOOL":1,"EMPLOYMENT":2,"INCOME_AND_MONEY":5,
			 "RELATIONSHIPS_PARTNER_AND_FAMILY":2,"RELATIONSHIPS_FRIENDS":2,"DRUG_USE":4,"ALCOHOL_USE":0,
			 "EMOTIONAL_WELLBEING":1,"THINKING_AND_BEHAVIOUR":5,"ATTITUDE":2}""";

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

	/** An urgent trajectory of a new client, referred by {@code referrer}, assigned to im.demo (version 1 after). */
	UUID assignedTrajectory(String surname, String referrer, LocalDate dateOfBirth) {
		HttpTestClient http = new HttpTestClient(port);
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				surname, referrer, dateOfBirth);
		UUID trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
		HttpResponse<String> assigned = post(http, bearer("manager.demo"), "/api/v1/trajectories/" + trajectory + "/assignment",
				"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		return trajectory;
	}

	@Test
	void the_api_path_from_assessment_through_a_plan_with_a_missing_domain_to_a_partner_check_with_a_counter_proposal_until_all_confirmed() {
		HttpTestClient http = new HttpTestClient(port);
		String surname = unique("Planpad");
		UUID trajectory = assignedTrajectory(surname, "politie.demo", LocalDate.of(1990, 3, 14));
		String path = "/api/v1/trajectories/" + trajectory;
		String im = bearer("im.demo");

		// an adult gets RISc or ZRM: a youth instrument is refused; a RISc without its scores lists every field
		JsonNode youth = assertProblem(post(http, im, path + "/assessments", """
				{"instrument":"LIJ","assessedOn":"%s","result":"Hoog","version":1}""".formatted(LocalDate.now())), 409, "Conflict");
		assertThat(rules(youth)).containsExactly("trajectory.rule.adultInstrumentForAdult");
		JsonNode incomplete = assertProblem(post(http, im, path + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":{"HOUSING":4,"DRUG_USE":100},"version":1}"""
			.formatted(LocalDate.now())), 400, "Ongeldig verzoek");
		assertThat(fields(incomplete)).hasSize(12).contains("scores[DRUG_USE]", "scores[ATTITUDE]", "overallRisk")
			.doesNotContain("scores[HOUSING]");

		// RISc recorded: the trajectory is in assessment; the mapping proposes, the intervention manager changes
		JsonNode recorded = JSON.readTree(ok(post(http, im, path + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":%s,"overallRisk":"HIGH",
				 "judgement":"Gemotiveerd voor hulp bij wonen","version":1}""".formatted(LocalDate.now().minusDays(2), RISC_SCORES)),
				201));
		JsonNode assessment = recorded.path("assessments").get(0);
		assertThat(assessment.path("details").path("proposedDeficits").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("HOUSING", "WORK_AND_INCOME", "DEBTS", "HEALTH", "SELF_RELIANCE");
		assertThat(assessment.path("details").path("judgement").asString()).isEqualTo("Gemotiveerd voor hulp bij wonen");
		assertThat(state(trajectory)).isEqualTo("ASSESSMENT");
		ok(post(http, im, path + "/assessments/" + assessment.path("id").asString() + "/confirmation",
				"{\"deficits\":[\"HOUSING\",\"DEBTS\",\"SELF_RELIANCE\"],\"version\":2}"), 200);
		assertThat(state(trajectory)).isEqualTo("PLANNING");

		// the plan: 400 listing every invalid field; then three interventions, self-reliance without guidance
		JsonNode invalid = assertProblem(post(http, im, path + "/plan/interventions",
				"{\"plannedStart\":\"2030-05-01\",\"plannedEnd\":\"2030-04-01\"}"), 400, "Ongeldig verzoek");
		assertThat(fields(invalid)).containsExactlyInAnyOrder("description", "lifeDomain", "kind", "ownerPartnerId",
				"plannedEnd", "version");
		LocalDate start = LocalDate.now().plusDays(10);
		UUID housing = add(http, path, "Woonbegeleiding", "HOUSING", "OTHER", MUNICIPALITY, start, 3);
		UUID debts = add(http, path, "Schuldhulpverlening", "DEBTS", "OTHER", MUNICIPALITY, start, 4);
		UUID coaching = add(http, path, "Coaching zelfstandig wonen", "SELF_RELIANCE", "OTHER", PROBATION, start, 5);
		assertThat(rules(assertProblem(post(http, im, path + "/plan/partner-check", "{\"version\":6}"), 409, "Conflict")))
			.containsExactly("trajectory.rule.trajectoryGuidanceMissing");

		// taken out again: self-reliance has no intervention at all, and the 409 names it
		ok(post(http, im, path + "/plan/interventions/" + coaching + "/removal",
				"{\"version\":6,\"reason\":\"Past niet; wordt trajectbegeleiding\"}"), 200);
		JsonNode missing = assertProblem(post(http, im, path + "/plan/partner-check", "{\"version\":7}"), 409, "Conflict");
		assertThat(rules(missing)).containsExactlyInAnyOrder("trajectory.rule.uncovered.SELF_RELIANCE",
				"trajectory.rule.trajectoryGuidanceMissing");
		assertThat(missing.path("violatedRules").get(0).path("reason").asString()).isNotBlank();
		JsonNode uncovered = get("im.demo", path + "/plan");
		assertThat(uncovered.path("uncovered").valueStream().map(JsonNode::asString).toList()).containsExactly("SELF_RELIANCE");

		UUID guidance = add(http, path, "Trajectbegeleiding", "SELF_RELIANCE", "TRAJECTORY_GUIDANCE", PROBATION, start, 7);
		JsonNode sent = JSON.readTree(ok(post(http, im, path + "/plan/partner-check", "{\"version\":8}"), 200));
		assertThat(sent.path("state").asString()).isEqualTo("PARTNER_CHECK");
		assertThat(sent.path("currentVersion").asInt()).isEqualTo(5);
		assertThat(sent.path("commitments").size()).isEqualTo(3);
		assertThat(sent.path("allCommitmentsConfirmed").asBoolean()).isFalse();

		// earlier versions stay readable: version 3 still has the coaching that version 4 took out
		JsonNode third = get("im.demo", path + "/plan?version=3");
		assertThat(third.path("shownVersion").asInt()).isEqualTo(3);
		assertThat(third.path("interventions").valueStream().map(i -> i.path("description").asString()).toList())
			.containsExactly("Woonbegeleiding", "Schuldhulpverlening", "Coaching zelfstandig wonen");
		assertThat(sent.path("versions").valueStream().map(v -> v.path("change").asString()).toList())
			.containsExactly("ADDED", "REMOVED", "ADDED", "ADDED", "ADDED");

		// only a professional of the owner partner answers: everyone else gets 404
		String police = bearer("politie.demo");
		String probation = bearer("reclassering.demo");
		String municipality = bearer("manager.demo");
		assertProblem(post(http, police, commitment(guidance), "{\"answer\":\"CONFIRM\"}"), 404, "Niet gevonden");
		assertProblem(post(http, probation, commitment(housing), "{\"answer\":\"CONFIRM\"}"), 404, "Niet gevonden");
		assertProblem(http.send(http.request(commitment(guidance)).header("Authorization", police).GET()), 404, "Niet gevonden");
		assertThat(fields(assertProblem(post(http, probation, commitment(guidance), "{\"answer\":\"PROPOSE_OTHER_START\"}"), 400,
				"Ongeldig verzoek"))).containsExactly("proposedStart");
		assertThat(rules(assertProblem(post(http, probation, commitment(guidance),
				"{\"answer\":\"PROPOSE_OTHER_START\",\"proposedStart\":\"" + start + "\"}"), 409, "Conflict")))
			.containsExactly("trajectory.rule.counterProposalSameStart");

		// probation proposes two weeks later: the plan moves the intervention (version 6) and asks again
		LocalDate later = start.plusDays(14);
		ok(post(http, probation, commitment(guidance), "{\"answer\":\"PROPOSE_OTHER_START\",\"proposedStart\":\"" + later
				+ "\",\"note\":\"Capaciteit pas later\"}"), 200);
		JsonNode moved = get("im.demo", path + "/plan");
		assertThat(moved.path("currentVersion").asInt()).isEqualTo(6);
		assertThat(moved.path("versions").get(0).path("change").asString()).isEqualTo("RESCHEDULED");
		assertThat(moved.path("interventions").valueStream().filter(i -> i.path("id").asString().equals(guidance.toString()))
			.map(i -> i.path("plannedStart").asString()).toList()).containsExactly(later.toString());
		JsonNode again = JSON.readTree(ok(http.send(http.request(commitment(guidance)).header("Authorization", probation).GET()),
				200));
		assertThat(again.path("open").path("plannedStart").asString()).isEqualTo(later.toString());
		assertThat(again.path("open").path("status").asString()).isEqualTo("REQUESTED");
		HttpTestClient rana = new HttpTestClient(port);
		rana.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(rana.get("/").body()).contains("Toezegging gevraagd voor een interventie")
			.contains("/interventies/" + guidance + "/toezegging").doesNotContain(surname);

		// every owner confirms: only now is the plan fully confirmed, and the intervention manager is told
		ok(post(http, probation, commitment(guidance), "{\"answer\":\"CONFIRM\"}"), 200);
		ok(post(http, municipality, commitment(housing), "{\"answer\":\"CONFIRM\"}"), 200);
		assertThat(get("im.demo", path + "/plan").path("allCommitmentsConfirmed").asBoolean()).isFalse();
		assertThat(rules(assertProblem(post(http, municipality, commitment(housing), "{\"answer\":\"CONFIRM\"}"), 409,
				"Conflict"))).containsExactly("trajectory.rule.noOpenCommitmentRequest");
		ok(post(http, municipality, commitment(debts), "{\"answer\":\"CONFIRM\",\"note\":\"Intake gepland\"}"), 200);
		assertThat(get("im.demo", path + "/plan").path("allCommitmentsConfirmed").asBoolean()).isTrue();
		HttpTestClient ingrid = new HttpTestClient(port);
		ingrid.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(ingrid.get("/").body()).contains("alle partners hebben nu toegezegd");

		// every step on the timeline; the owners take part; writes and reads audited for the client
		JsonNode dossier = get("im.demo", path);
		assertThat(dossier.path("timeline").valueStream().map(e -> e.path("kind").asString()).toList()).containsSubsequence(
				"ASSIGNED", "STATE_CHANGED", "ASSESSMENT_RECORDED", "DEFICITS_CONFIRMED", "STATE_CHANGED", "PLAN_CHANGED",
				"PLAN_CHANGED", "PLAN_CHANGED", "PLAN_CHANGED", "PLAN_CHANGED", "STATE_CHANGED",
				"COMMITMENT_COUNTER_PROPOSED", "PLAN_CHANGED", "COMMITMENT_CONFIRMED", "COMMITMENT_CONFIRMED",
				"COMMITMENT_CONFIRMED");
		assertThat(dossier.path("participants").valueStream().map(p -> p.path("organisationName").asString()).toList())
			.contains(MUNICIPALITY, PROBATION);
		UUID person = UUID.fromString(dossier.path("personId").asString());
		assertThat(audits(person, "CREATE", "assessment")).isEqualTo(1);
		assertThat(audits(person, "READ", "assessment")).isGreaterThanOrEqualTo(1);
		assertThat(audits(person, "UPDATE", "commitment")).isEqualTo(4);
		assertThat(audits(person, "CREATE", "intervention-plan")).isEqualTo(4);
	}

	@Test
	void a_minor_gets_a_youth_instrument_and_on_the_eighteenth_birthday_an_adult_one() {
		HttpTestClient http = new HttpTestClient(port);
		LocalDate today = LocalDate.now();
		UUID minor = assignedTrajectory(unique("Jeugdig"), "politie.demo", today.minusYears(16));
		String path = "/api/v1/trajectories/" + minor + "/assessments";
		String im = bearer("im.demo");
		assertThat(rules(assertProblem(post(http, im, path, """
				{"instrument":"RISC","assessedOn":"%s","scores":%s,"overallRisk":"LOW","version":1}"""
			.formatted(today, RISC_SCORES)), 409, "Conflict"))).containsExactly("trajectory.rule.youthInstrumentForMinor");
		assertThat(fields(assertProblem(post(http, im, path, """
				{"instrument":"LIJ","assessedOn":"%s","version":1}""".formatted(today)), 400, "Ongeldig verzoek")))
			.containsExactly("result");
		JsonNode lij = JSON.readTree(ok(post(http, im, path, """
				{"instrument":"LIJ","assessedOn":"%s","result":"Hoog risico","judgement":"Intensief begeleiden",
				 "overallRisk":"HIGH","version":1}""".formatted(today)), 201));
		assertThat(lij.path("assessments").get(0).path("details").path("instrument").asString()).isEqualTo("LIJ");
		assertThat(lij.path("assessments").get(0).path("details").path("proposedDeficits").size()).isZero();

		UUID adult = assignedTrajectory(unique("Achttien"), "politie.demo", today.minusYears(18));
		assertThat(rules(assertProblem(post(http, im, "/api/v1/trajectories/" + adult + "/assessments", """
				{"instrument":"LIJ","assessedOn":"%s","result":"Hoog","version":1}""".formatted(today)), 409, "Conflict")))
			.containsExactly("trajectory.rule.adultInstrumentForAdult");
		ok(post(http, im, "/api/v1/trajectories/" + adult + "/assessments", """
				{"instrument":"LIJ","assessedOn":"%s","result":"Hoog","version":1}""".formatted(today.minusDays(1))), 201);
	}

	@Test
	void assessment_details_are_hidden_from_a_partner_that_is_no_care_partner_and_a_partner_not_taking_part_gets_404() {
		HttpTestClient http = new HttpTestClient(port);
		UUID trajectory = assignedTrajectory(unique("Inzage"), "politie.demo", LocalDate.of(1985, 7, 1));
		String path = "/api/v1/trajectories/" + trajectory;
		String probationId = partners.findByName(PROBATION).orElseThrow().value().toString();
		ok(post(http, bearer("im.demo"), path + "/assessments", """
				{"instrument":"ZRM","assessedOn":"%s","version":1,"judgement":"Kwetsbaar","scores":{"FINANCES":1,
				 "WORK_AND_EDUCATION":3,"TIME_USE":3,"HOUSING":2,"DOMESTIC_RELATIONS":3,"MENTAL_HEALTH":4,"PHYSICAL_HEALTH":4,
				 "SUBSTANCE_USE":3,"BASIC_ADL":5,"INSTRUMENTAL_ADL":4,"SOCIAL_NETWORK":2,"SOCIAL_PARTICIPATION":3,"JUSTICE":2}}"""
			.formatted(LocalDate.now())), 201);

		// the police referred the client: it takes part and sees that there is an assessment, not what it says
		JsonNode police = get("politie.demo", path + "/assessments").path("assessments").get(0);
		assertThat(police.path("details").isNull()).isTrue();
		assertThat(police.path("assessedOn").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(police.toString()).doesNotContain("Kwetsbaar").doesNotContain("FINANCES");
		JsonNode manager = get("manager.demo", path + "/assessments").path("assessments").get(0);
		assertThat(manager.path("details").path("proposedDeficits").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("DEBTS", "HOUSING");
		HttpTestClient page = new HttpTestClient(port);
		page.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(page.get("/trajecten/" + trajectory + "/plan").body())
			.contains("De inhoud van de diagnose is alleen zichtbaar").doesNotContain("Kwetsbaar");
		UUID person = UUID.fromString(get("im.demo", path).path("personId").asString());
		assertThat(audits(person, "READ", "assessment-existence")).isGreaterThanOrEqualTo(2);
		// Reporting keeps the ZRM scores under the pseudonym of the client (effect monitoring, life domains).
		UUID subject = pseudonym(person);
		long kept = 0;
		for (int k = 0; k < 300 && kept < 13; k++) {
			kept = jdbc.sql("SELECT count(*) FROM reporting_assessment_score WHERE subject = :s AND assessed_on = :on")
				.param("s", subject).param("on", LocalDate.now()).query(Long.class).single();
			sleep(100);
		}
		assertThat(kept).as("13 ZRM domains in reporting").isEqualTo(13);
		assertThat(jdbc.sql("SELECT score FROM reporting_assessment_score WHERE subject = :s AND domain = 'FINANCES'")
			.param("s", subject).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM reporting_assessment_score WHERE subject = :p").param("p", person)
			.query(Long.class).single()).isZero();

		// probation does not take part yet: 404 on every new endpoint, reading and writing
		String probation = bearer("reclassering.demo");
		for (String write : List.of("/assessments", "/assessments/" + UUID.randomUUID() + "/confirmation",
				"/plan/interventions", "/plan/interventions/" + UUID.randomUUID() + "/removal", "/plan/partner-check",
				"/plan/revision")) {
			assertProblem(post(http, probation, path + write, "{\"version\":1}"), 404, "Niet gevonden");
		}
		for (String read : List.of("/assessments", "/plan")) {
			assertProblem(http.send(http.request(path + read).header("Authorization", probation).GET()), 404, "Niet gevonden");
		}
		// the partner that reads but does not direct may not change anything
		assertThat(post(http, bearer("politie.demo"), path + "/plan/interventions", """
				{"description":"x","lifeDomain":"DEBTS","kind":"CARE","ownerPartnerId":"%s","plannedStart":"2030-01-01",
				 "version":1}""".formatted(probationId)).statusCode()).isEqualTo(403);
	}

	@Test
	void the_plan_page_records_an_assessment_confirms_deficits_and_lists_what_is_uncovered() {
		UUID trajectory = assignedTrajectory(unique("Planpagina"), "politie.demo", LocalDate.of(1979, 11, 2));
		HttpTestClient ingrid = new HttpTestClient(port);
		ingrid.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String page = "/trajecten/" + trajectory + "/plan";
		assertThat(ingrid.get("/trajecten/" + trajectory).body()).contains(page);
		assertThat(ingrid.get(page + "?diagnose=ZRM").body()).contains("Diagnose vastleggen").contains("Basale ADL");

		StringBuilder form = new StringBuilder("instrument=ZRM&version=1&assessedOn=" + LocalDate.now());
		for (String item : Instrument.ZRM.items()) {
			form.append("&scores%5B").append(item).append("%5D=").append(item.equals("BASIC_ADL") ? "1" : "4");
		}
		HttpResponse<String> missing = ingrid.postForm(page, "/trajecten/" + trajectory + "/diagnose",
				form.toString().replace("&scores%5BJUSTICE%5D=4", ""));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("Vul een score in.").contains("aria-invalid=\"true\"");
		assertThat(ingrid.postForm(page, "/trajecten/" + trajectory + "/diagnose", form.toString()).statusCode()).isEqualTo(302);
		String recorded = ingrid.get(page).body();
		assertThat(recorded).contains("De diagnose is vastgelegd.").contains("Tekorten bevestigen");

		UUID assessment = jdbc.sql("SELECT id FROM trajectories_assessment WHERE trajectory_id = :t").param("t", trajectory)
			.query(UUID.class).single();
		assertThat(ingrid.postForm(page, "/trajecten/" + trajectory + "/diagnose/" + assessment + "/bevestiging",
				"deficits=SELF_RELIANCE&deficits=HOUSING&version=2").statusCode()).isEqualTo(302);
		String planning = ingrid.get(page).body();
		assertThat(planning).contains("Deze tekorten hebben nog geen interventie: Huisvesting, Zelfredzaamheid")
			.contains("Interventie toevoegen");
		HttpResponse<String> refused = ingrid.postForm(page, page + "/partnercheck", "version=3");
		assertThat(refused.body()).contains("Het tekort Huisvesting heeft nog geen interventie.")
			.contains("het plan moet trajectbegeleiding bevatten");
	}

	private UUID add(HttpTestClient http, String path, String description, String domain, String type, String owner,
			LocalDate start, long version) {
		String ownerId = partners.findByName(owner).orElseThrow().value().toString();
		JsonNode plan = JSON.readTree(ok(post(http, bearer("im.demo"), path + "/plan/interventions", """
				{"description":"%s","lifeDomain":"%s","type":"%s","kind":"CARE","ownerPartnerId":"%s","plannedStart":"%s",
				 "plannedEnd":"%s","version":%d}""".formatted(description, domain, type, ownerId, start, start.plusMonths(6),
				version)), 201));
		return UUID.fromString(plan.path("interventions").valueStream()
			.filter(i -> i.path("description").asString().equals(description)).findFirst().orElseThrow().path("id").asString());
	}

	static String commitment(UUID intervention) {
		return "/api/v1/interventions/" + intervention + "/commitment";
	}

	private String state(UUID trajectory) {
		return get("im.demo", "/api/v1/trajectories/" + trajectory).path("state").asString();
	}

	private JsonNode get(String username, String path) {
		HttpTestClient http = new HttpTestClient(port);
		return JSON.readTree(ok(http.send(http.request(path).header("Authorization", bearer(username)).GET()), 200));
	}

	static String ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response.body();
	}

	private String bearer(String username) {
		return DemoApiTokens.bearer(apiTokens, accounts, username);
	}

	private UUID idOf(String username) {
		return accounts.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
	}

	private long audits(UUID person, String action, String objectType) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE person_id = :p AND action = :a AND object_type = :o""")
			.param("p", person).param("a", action).param("o", objectType).query(Long.class).single();
	}

	static List<String> rules(JsonNode problem) {
		return problem.path("violatedRules").valueStream().map(r -> r.path("code").asString()).toList();
	}

	static List<String> fields(JsonNode problem) {
		return problem.path("invalidParams").valueStream().map(p -> p.path("name").asString()).toList();
	}

	/** The reporting pseudonym under the default key (as ReadModel computes it). */
	static UUID pseudonym(UUID personId) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec("veiligheidshuis-rapportage".getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"HmacSHA256"));
			java.nio.ByteBuffer digest = java.nio.ByteBuffer.wrap(mac.doFinal(personId.toString()
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return new UUID(digest.getLong(), digest.getLong());
		}
		catch (java.security.GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}
}
