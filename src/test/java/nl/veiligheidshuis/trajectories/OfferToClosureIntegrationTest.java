package nl.veiligheidshuis.trajectories;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static nl.veiligheidshuis.trajectories.InterventionPlanIntegrationTest.commitment;
import static nl.veiligheidshuis.trajectories.InterventionPlanIntegrationTest.fields;
import static nl.veiligheidshuis.trajectories.InterventionPlanIntegrationTest.ok;
import static nl.veiligheidshuis.trajectories.InterventionPlanIntegrationTest.rules;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.JSON;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.post;
import static nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.DataCategory;
import nl.veiligheidshuis.privacy.PrivacyCovenantRegister;
import tools.jackson.databind.JsonNode;

/**
 * The whole path of issue 7 through the API, on the real database: from the list through assignment,
 * assessment, a plan with a missing domain (409 naming it), the partner check with a counter-proposal, offer,
 * acceptance and the contract PDF (parsed, in Dutch), the first start within 7 days, progress, completion,
 * aftercare and closure; and refusal → escalation with a measure → revised plan → offered again. Every step on
 * the timeline; a partner that does not take part gets 404 on every new endpoint; concurrent edits of one plan
 * give the second a clear conflict and lose nothing.
 */
@HouseIntegrationTest
class OfferToClosureIntegrationTest {

	static final String MUNICIPALITY = InterventionPlanIntegrationTest.MUNICIPALITY;
	static final String PROBATION = InterventionPlanIntegrationTest.PROBATION;
	static final String PROSECUTION = "Arrondissementsparket Openbaar Ministerie Maastricht";

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
	PrivacyCovenantRegister covenants;

	@Test
	void one_client_from_the_list_through_contract_execution_and_progress_to_closure() throws IOException {
		HttpTestClient http = new HttpTestClient(port);
		String surname = unique("Contractpad");
		UUID trajectory = newTrajectory(surname);
		String path = "/api/v1/trajectories/" + trajectory;
		String im = bearer("im.demo");

		// list → assign
		assertThat(get("manager.demo", "/api/v1/trajectories").toString()).contains(trajectory.toString());
		ok(post(http, bearer("manager.demo"), path + "/assignment",
				"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}"), 200);
		// assess: RISc proposes housing, work and income, debts, health, self-reliance; confirm two of them
		UUID assessment = assess(http, path, 1);
		ok(post(http, im, path + "/assessments/" + assessment + "/confirmation",
				"{\"deficits\":[\"HOUSING\",\"DEBTS\"],\"version\":2}"), 200);
		// a plan with a missing domain: 409 naming it
		LocalDate start = LocalDate.now().plusDays(3);
		UUID housing = add(http, path, "Woonbegeleiding", "HOUSING", MUNICIPALITY, start, 3);
		JsonNode missing = assertProblem(post(http, im, path + "/plan/partner-check", "{\"version\":4}"), 409, "Conflict");
		assertThat(rules(missing)).containsExactly("trajectory.rule.uncovered.DEBTS");
		// the offer before the partner check is refused, listing why
		assertThat(rules(assertProblem(post(http, im, path + "/offer", "{\"version\":4}"), 409, "Conflict")))
			.containsExactlyInAnyOrder("trajectory.rule.transitionNotAllowed", "trajectory.rule.commitmentsNotConfirmed");
		UUID debts = add(http, path, "Schuldhulpverlening", "DEBTS", PROBATION, start, 4);
		ok(post(http, im, path + "/plan/partner-check", "{\"version\":5}"), 200);
		// partner check with one counter-proposal
		ok(post(http, bearer("reclassering.demo"), commitment(debts), """
				{"answer":"PROPOSE_OTHER_START","proposedStart":"%s","note":"Eerder kan niet"}""".formatted(start.plusDays(1))),
				200);
		ok(post(http, bearer("manager.demo"), commitment(housing), "{\"answer\":\"CONFIRM\"}"), 200);
		assertThat(rules(assertProblem(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 409,
				"Conflict"))).containsExactly("trajectory.rule.commitmentsNotConfirmed");
		ok(post(http, bearer("reclassering.demo"), commitment(debts), "{\"answer\":\"CONFIRM\"}"), 200);

		// offer → accept (both signatures) → the contract, as a PDF in Dutch
		JsonNode offered = JSON.readTree(ok(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 200));
		assertThat(offered.path("state").asString()).isEqualTo("OFFERED");
		assertProblem(http.send(http.request(path + "/contract").header("Authorization", im).GET()), 404, "Niet gevonden");
		JsonNode invalid = assertProblem(post(http, im, path + "/offer/acceptance", """
				{"acceptedOn":"%s","signedByClient":false,"version":%d}""".formatted(LocalDate.now(), version(trajectory))), 400,
				"Ongeldig verzoek");
		assertThat(fields(invalid)).containsExactlyInAnyOrder("signedByClient", "signedByInterventionManager");
		LocalDate today = LocalDate.now();
		JsonNode contracted = JSON.readTree(ok(post(http, im, path + "/offer/acceptance", """
				{"acceptedOn":"%s","signedByClient":true,"signedByInterventionManager":true,"version":%d}"""
			.formatted(today, version(trajectory))), 201));
		assertThat(contracted.path("state").asString()).isEqualTo("CONTRACTED");
		assertThat(contracted.path("firstStartDue").asString()).isEqualTo(today.plusDays(7).toString());
		assertThat(contracted.path("firstStartOverdue").asBoolean()).isFalse();
		JsonNode contract = contracted.path("offers").get(0);
		assertThat(contract.path("outcome").asString()).isEqualTo("ACCEPTED");
		assertThat(contract.path("clientSignatureName").asString()).contains(surname);
		assertThat(contract.path("managerSignatureName").asString()).isEqualTo("Ingrid Maas");
		HttpResponse<byte[]> pdf = http.sendBytes(http.request(path + "/contract").header("Authorization", im).GET());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = textOf(pdf.body());
		assertThat(text).contains("Contract persoonsgerichte aanpak", surname, "Ingrid Maas", "Woonbegeleiding",
				"Schuldhulpverlening", MUNICIPALITY, "Huisvesting", "Schulden", "Getekend door de cliënt",
				"Getekend door de interventiemanager", "binnen een week");
		UUID person = UUID.fromString(get("im.demo", path).path("personId").asString());
		assertThat(audits(person, "EXPORT", "contract")).isEqualTo(1);
		// a partner that does not take part sees no contract
		assertProblem(http.send(http.request(path + "/contract").header("Authorization", bearer("politie.demo")).GET()), 404,
				"Niet gevonden");

		// the first intervention starts within the 7 days: in execution
		assertThat(rules(assertProblem(post(http, im, path + "/interventions/" + housing + "/status", """
				{"status":"COMPLETED","endedOn":"%s","version":%d}""".formatted(today, version(trajectory))), 409, "Conflict")))
			.containsExactly("trajectory.rule.interventionStatusNotAllowed");
		JsonNode started = JSON.readTree(ok(post(http, im, path + "/interventions/" + housing + "/status", """
				{"status":"STARTED","startedOn":"%s","version":%d}""".formatted(today, version(trajectory))), 200));
		assertThat(started.path("state").asString()).isEqualTo("IN_EXECUTION");
		assertThat(started.path("progressReportDue").asString()).isEqualTo(today.plusMonths(3).toString());
		ok(post(http, im, path + "/interventions/" + debts + "/status", """
				{"status":"STARTED","startedOn":"%s","version":%d}""".formatted(today, version(trajectory))), 200);

		// progress: 400 without a date, 409 without any text, then per life domain
		assertThat(rules(assertProblem(post(http, im, path + "/progress-reports", """
				{"reportedOn":"%s","version":%d}""".formatted(today, version(trajectory))), 409, "Conflict")))
			.containsExactly("trajectory.rule.progressEmpty");
		JsonNode reported = JSON.readTree(ok(post(http, im, path + "/progress-reports", """
				{"reportedOn":"%s","text":"Goed op weg","domains":{"HOUSING":"Woont in het trainingshuis"},"version":%d}"""
			.formatted(today, version(trajectory))), 201));
		assertThat(reported.path("progressReports").get(0).path("domains").path("HOUSING").asString())
			.isEqualTo("Woont in het trainingshuis");

		// completed only when every intervention ended
		assertThat(rules(assertProblem(post(http, im, path + "/completion", "{\"version\":" + version(trajectory) + "}"), 409,
				"Conflict"))).containsExactly("trajectory.rule.interventionsStillRunning");
		for (UUID intervention : List.of(housing, debts)) {
			ok(post(http, im, path + "/interventions/" + intervention + "/status", """
					{"status":"COMPLETED","endedOn":"%s","version":%d}""".formatted(today, version(trajectory))), 200);
		}
		assertThat(JSON.readTree(ok(post(http, im, path + "/completion", "{\"version\":" + version(trajectory) + "}"), 200))
			.path("state").asString()).isEqualTo("COMPLETED");
		assertThat(JSON.readTree(ok(post(http, im, path + "/aftercare",
				"{\"version\":" + version(trajectory) + ",\"reason\":\"Gemeente neemt de nazorg over\"}"), 200))
			.path("state").asString()).isEqualTo("AFTERCARE");
		ok(post(http, im, path + "/closure", "{\"reason\":\"COMPLETED\",\"version\":" + version(trajectory) + "}"), 200);

		JsonNode dossier = get("im.demo", path);
		assertThat(dossier.path("state").asString()).isEqualTo("CLOSED");
		assertThat(dossier.path("timeline").valueStream().map(e -> e.path("kind").asString() + ":"
				+ e.path("to").asString("")).toList()).containsSubsequence("STARTED:SELECTED", "ASSIGNED:ASSIGNED",
						"STATE_CHANGED:ASSESSMENT", "ASSESSMENT_RECORDED:", "DEFICITS_CONFIRMED:", "STATE_CHANGED:PLANNING",
						"PLAN_CHANGED:", "PLAN_CHANGED:", "STATE_CHANGED:PARTNER_CHECK", "COMMITMENT_COUNTER_PROPOSED:",
						"COMMITMENT_CONFIRMED:", "COMMITMENT_CONFIRMED:", "STATE_CHANGED:OFFERED", "STATE_CHANGED:CONTRACTED",
						"CONTRACT_SIGNED:", "INTERVENTION_STATUS_CHANGED:", "STATE_CHANGED:IN_EXECUTION",
						"INTERVENTION_STATUS_CHANGED:", "PROGRESS_REPORTED:", "INTERVENTION_STATUS_CHANGED:",
						"INTERVENTION_STATUS_CHANGED:", "STATE_CHANGED:COMPLETED", "STATE_CHANGED:AFTERCARE", "CLOSED:CLOSED");
	}

	@Test
	void a_refused_offer_escalates_with_a_measure_of_the_prosecution_and_a_revised_plan_is_offered_again() {
		HttpTestClient http = new HttpTestClient(port);
		UUID trajectory = confirmedPlan(unique("Weigeraar"));
		String path = "/api/v1/trajectories/" + trajectory;
		String im = bearer("im.demo");
		ok(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 200);
		assertThat(fields(assertProblem(post(http, im, path + "/offer/refusal", "{\"version\":" + version(trajectory) + "}"),
				400, "Ongeldig verzoek"))).containsExactly("reason");
		JsonNode escalated = JSON.readTree(ok(post(http, im, path + "/offer/refusal",
				"{\"reason\":\"Wil niet meewerken aan schuldhulp\",\"version\":" + version(trajectory) + "}"), 200));
		assertThat(escalated.path("state").asString()).isEqualTo("ESCALATED");
		assertThat(escalated.path("offers").get(0).path("outcome").asString()).isEqualTo("REFUSED");

		// a measure: the owner must be the prosecution or a municipality, and care is no measure
		String probation = partners.findByName(PROBATION).orElseThrow().value().toString();
		String prosecution = partners.findByName(PROSECUTION).orElseThrow().value().toString();
		assertThat(rules(assertProblem(post(http, im, path + "/escalations", """
				{"description":"Zorg","kind":"CARE","ownerPartnerId":"%s","startsOn":"%s","version":%d}"""
			.formatted(probation, LocalDate.now(), version(trajectory))), 409, "Conflict")))
			.containsExactlyInAnyOrder("trajectory.rule.measureOwner", "trajectory.rule.measureKind");
		JsonNode measured = JSON.readTree(ok(post(http, im, path + "/escalations", """
				{"description":"Voorwaardelijk sepot met bijzondere voorwaarde: meewerken aan het plan","kind":"COERCION",
				 "ownerPartnerId":"%s","startsOn":"%s","version":%d}""".formatted(prosecution, LocalDate.now(),
				version(trajectory))), 201));
		JsonNode measure = measured.path("escalationMeasures").get(0);
		assertThat(measure.path("ownerName").asString()).isEqualTo(PROSECUTION);
		ok(post(http, im, path + "/escalations/" + measure.path("id").asString() + "/outcome",
				"{\"outcome\":\"Cliënt werkt nu mee\",\"endsOn\":\"" + LocalDate.now() + "\",\"version\":" + version(trajectory)
						+ "}"), 200);

		// the plan is revised (back to planning), confirmed again, and offered anew
		ok(post(http, im, path + "/plan/revision", "{\"version\":" + version(trajectory) + ",\"reason\":\"Na weigering\"}"),
				200);
		UUID extra = add(http, path, "Budgetcursus", "DEBTS", MUNICIPALITY, LocalDate.now().plusDays(4), version(trajectory));
		ok(post(http, im, path + "/plan/partner-check", "{\"version\":" + version(trajectory) + "}"), 200);
		ok(post(http, bearer("manager.demo"), commitment(extra), "{\"answer\":\"CONFIRM\"}"), 200);
		JsonNode again = JSON.readTree(ok(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 200));
		assertThat(again.path("state").asString()).isEqualTo("OFFERED");
		assertThat(again.path("offers").size()).isEqualTo(2);
		assertThat(again.path("offers").get(1).path("planNumber").asInt())
			.isGreaterThan(again.path("offers").get(0).path("planNumber").asInt());

		JsonNode dossier = get("im.demo", path);
		assertThat(dossier.path("timeline").valueStream().map(e -> e.path("kind").asString() + ":"
				+ e.path("to").asString("")).toList()).containsSubsequence("STATE_CHANGED:OFFERED", "STATE_CHANGED:ESCALATED",
						"ESCALATION_MEASURE_RECORDED:", "ESCALATION_OUTCOME_RECORDED:", "STATE_CHANGED:PLANNING",
						"PLAN_CHANGED:", "STATE_CHANGED:PARTNER_CHECK", "COMMITMENT_CONFIRMED:", "STATE_CHANGED:OFFERED");
		assertThat(dossier.path("participants").valueStream().map(p -> p.path("organisationName").asString()).toList())
			.contains(PROSECUTION);
	}

	@Test
	void a_client_who_drops_out_of_execution_is_escalated() {
		HttpTestClient http = new HttpTestClient(port);
		UUID trajectory = confirmedPlan(unique("Afhaker"));
		String path = "/api/v1/trajectories/" + trajectory;
		String im = bearer("im.demo");
		ok(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 200);
		ok(post(http, im, path + "/offer/acceptance", """
				{"acceptedOn":"%s","signedByClient":true,"signedByInterventionManager":true,"version":%d}"""
			.formatted(LocalDate.now(), version(trajectory))), 201);
		assertThat(rules(assertProblem(post(http, im, path + "/drop-out",
				"{\"reason\":\"Komt niet\",\"version\":" + version(trajectory) + "}"), 409, "Conflict")))
			.containsExactly("trajectory.rule.transitionNotAllowed");
		UUID intervention = UUID.fromString(get("im.demo", path + "/execution").path("interventions").get(0)
			.path("intervention").path("id").asString());
		ok(post(http, im, path + "/interventions/" + intervention + "/status", """
				{"status":"STARTED","startedOn":"%s","version":%d}""".formatted(LocalDate.now(), version(trajectory))), 200);
		JsonNode dropped = JSON.readTree(ok(post(http, im, path + "/drop-out",
				"{\"reason\":\"Komt drie keer niet opdagen\",\"version\":" + version(trajectory) + "}"), 200));
		assertThat(dropped.path("state").asString()).isEqualTo("ESCALATED");
	}

	@Test
	void a_partner_whose_covenant_does_not_share_identifying_data_gets_the_contract_without_the_date_of_birth()
			throws IOException {
		// a care partner under a covenant that shares contact data only, taking part from the start
		PartnerOrganisationId narrow = partners.register("Zorgpartner contract " + UUID.randomUUID(), PartnerType.CARE);
		partners.recordDeclaration(narrow, partners.covenant().orElseThrow().id(), null, LocalDate.of(2019, 12, 1), null,
				LocalDate.of(2020, 1, 1), null, "test");
		covenants.record("Privacyconvenant contract " + UUID.randomUUID(), Set.of(narrow),
				EnumSet.of(TargetGroup.PROLIFIC_OFFENDER), "doelen", "grondslag", LocalDate.of(2020, 1, 1), null, null,
				Map.of(narrow, EnumSet.of(DataCategory.CONTACT)));
		String username = "test.contract." + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Carla Contract", narrow, EnumSet.of(Role.PARTNER_PROFESSIONAL),
				"lange zin als wachtwoord voor de test");
		HttpTestClient http = new HttpTestClient(port);
		LocalDate born = LocalDate.of(1971, 8, 19);
		String surname = unique("Contractminimaal");
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				surname, "reclassering.demo", born);
		UUID trajectory = confirmedPlan(TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted,
				"\"" + narrow.value() + "\""));
		String path = "/api/v1/trajectories/" + trajectory;
		String im = bearer("im.demo");
		ok(post(http, im, path + "/offer", "{\"version\":" + version(trajectory) + "}"), 200);
		ok(post(http, im, path + "/offer/acceptance", """
				{"acceptedOn":"%s","signedByClient":true,"signedByInterventionManager":true,"version":%d}"""
			.formatted(LocalDate.now(), version(trajectory))), 201);
		String bornInPdf = born.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));

		HttpResponse<byte[]> narrowPdf = http.sendBytes(http.request(path + "/contract")
			.header("Authorization", bearer(username)).GET());
		assertThat(narrowPdf.statusCode()).isEqualTo(200);
		assertThat(textOf(narrowPdf.body())).contains(surname).contains("niet gedeeld onder het privacyconvenant")
			.contains("Schuldhulpverlening").doesNotContain(bornInPdf);
		// the referrer's covenant shares everything; so does the house's
		HttpResponse<byte[]> probationPdf = http.sendBytes(http.request(path + "/contract")
			.header("Authorization", bearer("reclassering.demo")).GET());
		assertThat(textOf(probationPdf.body())).contains(surname).contains(bornInPdf)
			.doesNotContain("niet gedeeld onder het privacyconvenant");
		assertThat(textOf(http.sendBytes(http.request(path + "/contract").header("Authorization", im).GET()).body()))
			.contains(bornInPdf);
		assertThat(audits(accepted.personId(), "EXPORT", "contract")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void two_users_editing_one_plan_at_once_the_second_gets_a_clear_conflict_and_nothing_is_lost() {
		HttpTestClient http = new HttpTestClient(port);
		UUID trajectory = newTrajectory(unique("Gelijktijdig"));
		String path = "/api/v1/trajectories/" + trajectory;
		ok(post(http, bearer("manager.demo"), path + "/assignment",
				"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}"), 200);
		UUID assessment = assess(http, path, 1);
		ok(post(http, bearer("im.demo"), path + "/assessments/" + assessment + "/confirmation",
				"{\"deficits\":[\"HOUSING\"],\"version\":2}"), 200);
		// Only the directing intervention manager edits a plan, so "two users" are two sessions (a browser tab and an
		// API client) that both saw version 3 and send their change at the same moment: one wins, the other is told.
		String owner = partners.findByName(MUNICIPALITY).orElseThrow().value().toString();
		List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
		for (String description : List.of("Woonbegeleiding", "Huurschuld regelen")) {
			both.add(CompletableFuture.supplyAsync(() -> post(new HttpTestClient(port), bearer("im.demo"),
					path + "/plan/interventions", """
							{"description":"%s","lifeDomain":"HOUSING","kind":"CARE","ownerPartnerId":"%s",
							 "plannedStart":"%s","version":3}""".formatted(description, owner, LocalDate.now().plusDays(5)))));
		}
		List<HttpResponse<String>> answers = both.stream().map(CompletableFuture::join).toList();
		assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).containsExactly(201, 409);
		HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
		JsonNode stale = assertProblem(lost, 409, "Conflict");
		assertThat(rules(stale)).containsExactly("trajectory.rule.stale");
		assertThat(stale.path("violatedRules").get(0).path("reason").asString()).contains("intussen gewijzigd");
		String winner = JSON.readTree(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().body())
			.path("interventions").get(0).path("description").asString();
		JsonNode plan = get("im.demo", path + "/plan");
		assertThat(plan.path("interventions").valueStream().map(i -> i.path("description").asString()).toList())
			.containsExactly(winner);
		assertThat(plan.path("currentVersion").asInt()).isEqualTo(1);
		assertThat(version(trajectory)).isEqualTo(4);
	}

	@Test
	void a_partner_that_does_not_take_part_gets_404_on_every_offer_and_execution_endpoint_and_changes_nothing() {
		UUID trajectory = confirmedPlan(unique("Nietdeelnemer"));
		HttpTestClient http = new HttpTestClient(port);
		String police = bearer("politie.demo");
		String path = "/api/v1/trajectories/" + trajectory;
		long before = version(trajectory);
		UUID any = UUID.randomUUID();
		Map<String, String> posts = Map.of(path + "/offer", "{\"version\":1}", path + "/offer/acceptance",
				"{\"acceptedOn\":\"2026-01-01\",\"signedByClient\":true,\"signedByInterventionManager\":true,\"version\":1}",
				path + "/offer/refusal", "{\"reason\":\"x\",\"version\":1}", path + "/interventions/" + any + "/status",
				"{\"status\":\"STARTED\",\"startedOn\":\"2026-01-01\",\"version\":1}", path + "/drop-out",
				"{\"reason\":\"x\",\"version\":1}", path + "/escalations",
				"{\"description\":\"x\",\"kind\":\"PRESSURE\",\"ownerPartnerId\":\"" + any
						+ "\",\"startsOn\":\"2026-01-01\",\"version\":1}",
				path + "/escalations/" + any + "/outcome", "{\"outcome\":\"x\",\"version\":1}", path + "/progress-reports",
				"{\"reportedOn\":\"2026-01-01\",\"text\":\"x\",\"version\":1}", path + "/completion", "{\"version\":1}",
				path + "/aftercare", "{\"version\":1}");
		List<String> wrong = new ArrayList<>();
		posts.forEach((endpoint, body) -> {
			int status = post(http, police, endpoint, body).statusCode();
			if (status != 404) {
				wrong.add("POST " + endpoint + ": " + status);
			}
		});
		for (String endpoint : List.of(path + "/execution", path + "/contract")) {
			int status = http.send(http.request(endpoint).header("Authorization", police).GET()).statusCode();
			if (status != 404) {
				wrong.add("GET " + endpoint + ": " + status);
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(version(trajectory)).isEqualTo(before);
		// tidy: other tests (and the browser tests) look for im.demo's trajectories in the partner check
		ok(post(http, bearer("manager.demo"), path + "/closure", "{\"reason\":\"DESELECTED\",\"version\":" + before + "}"),
				200);
	}

	@Test
	void the_pages_offer_record_the_signed_contract_with_its_scan_and_print_the_dossier_without_assessment_details_for_the_police()
			throws IOException {
		UUID trajectory = confirmedPlan(unique("Paginapad"), "politie.demo");
		HttpTestClient ingrid = new HttpTestClient(port);
		ingrid.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String page = "/trajecten/" + trajectory + "/uitvoering";
		assertThat(ingrid.get(page).body()).contains("Plan aanbieden").contains("Het plan is nog niet aangeboden.");
		assertThat(ingrid.postForm(page, page + "/aanbod", "version=" + version(trajectory)).statusCode()).isEqualTo(302);
		String offered = ingrid.get(page).body();
		assertThat(offered).contains("De cliënt aanvaardt").contains("De cliënt weigert");

		// without both signatures the page lists what is missing and keeps the date
		String refused = ingrid.postMultipart(acceptAction(ingrid, page), Map.of("acceptedOn", LocalDate.now().toString(),
				"signedByClient", "true", "version", Long.toString(version(trajectory))), "signedScan", "", "application/octet-stream",
				new byte[0]).body();
		assertThat(refused).contains("Het contract moet door de interventiemanager zijn getekend.");
		// a scan that is no PDF is refused; a real one is kept
		assertThat(ingrid.postMultipart(acceptAction(ingrid, page), Map.of("acceptedOn", LocalDate.now().toString(),
				"signedByClient", "true", "signedByInterventionManager", "true", "version",
				Long.toString(version(trajectory))), "signedScan", "contract.pdf", "application/pdf",
				"geen pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body())
			.contains("Het gescande contract is geen PDF, of is te groot.");
		byte[] scan = nl.veiligheidshuis.platform.DemoPdf.withText("Getekend contract");
		HttpResponse<String> accepted = ingrid.postMultipart(acceptAction(ingrid, page), Map.of("acceptedOn",
				LocalDate.now().toString(), "signedByClient", "true", "signedByInterventionManager", "true", "version",
				Long.toString(version(trajectory))), "signedScan", "contract-getekend.pdf", "application/pdf", scan);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		String dossier = ingrid.get("/trajecten/" + trajectory).body();
		assertThat(dossier).contains("Contract downloaden (pdf)").contains("Gescand getekend contract downloaden (pdf)")
			.contains("De eerste interventie start uiterlijk op").contains("Contract getekend door cliënt en interventiemanager");
		HttpResponse<byte[]> downloaded = ingrid.getBytes("/trajecten/" + trajectory + "/contract/scan");
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.body()).isEqualTo(scan);
		assertThat(textOf(ingrid.getBytes("/trajecten/" + trajectory + "/contract").body())).contains("Paginapad");

		// the print: audited as an export; the judgement for the intervention manager, not for the police
		String judgement = "Gemotiveerd voor schuldhulp";
		assertThat(textOf(ingrid.getBytes("/trajecten/" + trajectory + "/afdruk").body())).contains("Paginapad", judgement,
				"Schuldhulpverlening", "Contract getekend");
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<byte[]> printed = police.getBytes("/trajecten/" + trajectory + "/afdruk");
		assertThat(printed.statusCode()).isEqualTo(200);
		assertThat(textOf(printed.body())).contains("Paginapad", "Inhoud van de diagnose niet zichtbaar voor u")
			.doesNotContain(judgement);
		UUID person = UUID.fromString(get("im.demo", "/api/v1/trajectories/" + trajectory).path("personId").asString());
		assertThat(audits(person, "EXPORT", "dossier-print")).isEqualTo(2);
		// the police may read, not act: no forms on the page
		assertThat(police.get(page).body()).doesNotContain("Stand vastleggen").doesNotContain("Plan aanbieden");
	}

	private static String acceptAction(HttpTestClient client, String page) {
		java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"([^\"]*/aanvaarding[^\"]*)\"")
			.matcher(client.get(page).body());
		assertThat(action.find()).as("the acceptance form").isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	@Test
	void the_demo_house_has_a_trajectory_in_every_state_of_the_path_with_the_overdue_deadlines_flagged() {
		Map<String, Long> states = new java.util.HashMap<>();
		jdbc.sql("SELECT state, count(*) AS n FROM trajectories_trajectory GROUP BY state")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> states.put(rs.getString("state"), rs.getLong("n")));
		assertThat(states.keySet()).contains("SELECTED", "ASSIGNED", "ASSESSMENT", "PARTNER_CHECK", "OFFERED", "CONTRACTED",
				"IN_EXECUTION", "ESCALATED", "COMPLETED", "AFTERCARE", "CLOSED");
		// Youssef Bakker's demo contract is past its 7 days; Ingrid Maas's demo execution is past its progress report
		HttpTestClient youssef = new HttpTestClient(port);
		youssef.login("im2.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(youssef.get("/").body()).contains("eerste interventie niet binnen 7 dagen gestart");
		HttpTestClient ingrid = new HttpTestClient(port);
		ingrid.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(ingrid.get("/").body()).contains("is de voortgangsrapportage te laat");
		UUID escalated = jdbc.sql("SELECT id FROM trajectories_trajectory WHERE state = 'ESCALATED' AND id IN "
				+ "(SELECT trajectory_id FROM trajectories_escalation_measure) LIMIT 1").query(UUID.class).single();
		assertThat(get("im.demo", "/api/v1/trajectories/" + escalated + "/execution").path("escalationMeasures").size())
			.isEqualTo(1);
	}

	/** A new client referred by probation (or another referrer) and an urgent trajectory for them, not assigned yet (version 0). */
	private UUID newTrajectory(String surname) {
		return newTrajectory(surname, "reclassering.demo");
	}

	private UUID newTrajectory(String surname, String referrer) {
		HttpTestClient http = new HttpTestClient(port);
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				surname, referrer, TrajectoriesIntegrationTest.uniqueDateOfBirth());
		return TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
	}

	/** A trajectory of im.demo whose plan (debts, by the municipality) every partner confirmed: ready to offer. */
	private UUID confirmedPlan(String surname) {
		return confirmedPlan(surname, "reclassering.demo");
	}

	private UUID confirmedPlan(String surname, String referrer) {
		return confirmedPlan(newTrajectory(surname, referrer));
	}

	private UUID confirmedPlan(UUID trajectory) {
		HttpTestClient http = new HttpTestClient(port);
		String path = "/api/v1/trajectories/" + trajectory;
		ok(post(http, bearer("manager.demo"), path + "/assignment",
				"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}"), 200);
		UUID assessment = assess(http, path, 1);
		ok(post(http, bearer("im.demo"), path + "/assessments/" + assessment + "/confirmation",
				"{\"deficits\":[\"DEBTS\"],\"version\":2}"), 200);
		UUID debts = add(http, path, "Schuldhulpverlening", "DEBTS", MUNICIPALITY, LocalDate.now().plusDays(2), 3);
		ok(post(http, bearer("im.demo"), path + "/plan/partner-check", "{\"version\":4}"), 200);
		ok(post(http, bearer("manager.demo"), commitment(debts), "{\"answer\":\"CONFIRM\"}"), 200);
		return trajectory;
	}

	private UUID assess(HttpTestClient http, String path, long version) {
		JsonNode recorded = JSON.readTree(ok(post(http, bearer("im.demo"), path + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":%s,"overallRisk":"HIGH",
				 "judgement":"Gemotiveerd voor schuldhulp","version":%d}"""
			.formatted(LocalDate.now().minusDays(1), InterventionPlanIntegrationTest.RISC_SCORES, version)), 201));
		return UUID.fromString(recorded.path("assessments").get(0).path("id").asString());
	}

	private UUID add(HttpTestClient http, String path, String description, String domain, String owner, LocalDate start,
			long version) {
		String ownerId = partners.findByName(owner).orElseThrow().value().toString();
		JsonNode plan = JSON.readTree(ok(post(http, bearer("im.demo"), path + "/plan/interventions", """
				{"description":"%s","lifeDomain":"%s","kind":"CARE","ownerPartnerId":"%s","plannedStart":"%s",
				 "plannedEnd":"%s","version":%d}""".formatted(description, domain, ownerId, start, start.plusMonths(6), version)),
				201));
		return UUID.fromString(plan.path("interventions").valueStream()
			.filter(i -> i.path("description").asString().equals(description)).findFirst().orElseThrow().path("id").asString());
	}

	private long version(UUID trajectory) {
		return get("im.demo", "/api/v1/trajectories/" + trajectory).path("version").asLong();
	}

	static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private JsonNode get(String username, String path) {
		HttpTestClient http = new HttpTestClient(port);
		return JSON.readTree(ok(http.send(http.request(path).header("Authorization", bearer(username)).GET()), 200));
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

}
