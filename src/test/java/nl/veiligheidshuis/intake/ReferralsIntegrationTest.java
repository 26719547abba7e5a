package nl.veiligheidshuis.intake;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Referrals and signals over HTTP, on the demo house: a partner refers through the API and the page (every
 * invalid field reported, nothing written), the secretariat triages with a reason, the decision reaches the
 * referrer's inbox with the reference only, another partner gets 404, and every read and change is audited.
 * The persons of these tests are born in 1936–1939, a range no other test uses.
 */
@HouseIntegrationTest
@RecordApplicationEvents
class ReferralsIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Pattern LOCATION = Pattern.compile("/aanmeldingen/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Referrals referrals;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	ApplicationEvents events;

	@Test
	void a_partner_refers_through_the_api_and_the_person_is_resolved_and_the_creation_audited() {
		HttpTestClient client = new HttpTestClient(port);
		String police = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		String bsn = validBsn(1);
		UUID probation = organisations.idOf("Stichting Reclassering Nederland regio Limburg").orElseThrow();

		HttpResponse<String> created = post(client, police, "/api/v1/referrals", """
				{"kind":"REFERRAL","bsn":"%s","givenNames":"Teunis","surnamePrefix":"van der","surname":"Apireferent",
				 "dateOfBirth":"1936-02-03","gender":"M","street":"Akerstraat","houseNumber":"1","postalCode":"6411 AA",
				 "city":"Heerlen","targetGroups":["PROLIFIC_OFFENDER"],"reason":"Veel incidenten","goal":"Plan op maat",
				 "proposedParticipants":["%s"],"personInformed":true}""".formatted(bsn, probation));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		String id = body.path("id").asString();
		assertThat(body.path("reference").asString()).matches("AM-\\d{4}-\\d{5}");
		assertThat(body.path("status").asString()).isEqualTo("OPEN");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/referrals/" + id);
		UUID person = jdbc.sql("SELECT person_id FROM intake_referral WHERE id = :id").param("id", UUID.fromString(id))
			.query(UUID.class).single();
		assertThat(jdbc.sql("SELECT count(*) FROM persons_source_record WHERE person_id = :p AND reference = :r AND bsn_verified")
			.param("p", person).param("r", body.path("reference").asString()).query(Integer.class).single()).isEqualTo(1);
		assertThat(audits("CREATE", "referral", id, "politie.demo", "ALLOWED")).isEqualTo(1);
		JsonNode read = JSON.readTree(client.send(client.request("/api/v1/referrals/" + id).header("Authorization", police)).body());
		assertThat(read.path("surname").asString()).isEqualTo("Apireferent");
		assertThat(read.path("proposedParticipants").get(0).asString()).isEqualTo("Stichting Reclassering Nederland regio Limburg");
		assertThat(audits("READ", "referral", id, "politie.demo", "ALLOWED")).isEqualTo(1);
	}

	@Test
	void an_invalid_api_referral_lists_every_invalid_field_and_writes_nothing() {
		HttpTestClient client = new HttpTestClient(port);
		String police = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		long before = jdbc.sql("SELECT count(*) FROM intake_referral").query(Long.class).single();

		HttpResponse<String> refused = post(client, police, "/api/v1/referrals", """
				{"kind":"REFERRAL","bsn":"123456789","surname":"","gender":"Q","postalCode":"64 AA",
				 "dateOfBirth":"2999-01-01","targetGroups":[],"reason":" ","proposedParticipants":["%s"],
				 "personInformed":false}""".formatted(UUID.randomUUID()));

		JsonNode problem = assertProblem(refused, 400, "Ongeldig verzoek");
		List<String> fields = problem.path("invalidParams").valueStream().map(p -> p.path("name").asString()).toList();
		assertThat(fields).containsExactlyInAnyOrder("bsn", "surname", "gender", "postalCode", "dateOfBirth", "targetGroups",
				"reason", "goal", "proposedParticipants", "notInformedReason");
		assertThat(problem.toString()).contains("Dit BSN voldoet niet aan de elfproef")
			.contains("Vul in waarom de persoon niet is ge\u00efnformeerd.");
		assertThat(jdbc.sql("SELECT count(*) FROM intake_referral").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void the_page_shows_a_dutch_message_at_every_invalid_field_and_a_valid_referral_gets_its_page() {
		HttpTestClient police = signedIn("politie.demo");

		HttpResponse<String> invalid = police.postForm("/aanmeldingen/nieuw", "/aanmeldingen",
				"kind=SIGNAL&bsn=123456789&surname=&personInformed=false&reason=");

		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Het formulier bevat fouten")
			.contains("id=\"bsn-fout\"").contains("Dit BSN voldoet niet aan de elfproef")
			.contains("id=\"surname-fout\"").contains("id=\"targetGroups-fout\"").contains("Kies ten minste \u00e9\u00e9n doelgroep.")
			.contains("id=\"notInformedReason-fout\"").contains("id=\"reason-fout\"")
			.doesNotContain("id=\"goal-fout\"");

		UUID id = submitOnPage(police, "Paginareferent", "1937-05-06", TargetGroup.PROBLEM_YOUTH);
		String page = police.get("/aanmeldingen/" + id).body();
		assertThat(page).contains("De aanmelding is ontvangen").contains("Paginareferent").contains("Open (in triage)")
			.doesNotContain("Besluit vastleggen");
	}

	@Test
	void the_secretariat_decides_with_a_reason_and_the_referrer_reads_the_decision_in_the_inbox() {
		HttpTestClient police = signedIn("politie.demo");
		UUID id = submitOnPage(police, "Triagereferent", "1938-07-08", TargetGroup.REPEAT_OFFENDER);
		String reference = jdbc.sql("SELECT reference FROM intake_referral WHERE id = :id").param("id", id).query(String.class).single();
		HttpTestClient secretariat = signedIn("secretariaat.demo");

		String queue = secretariat.get("/aanmeldingen/triage").body();
		assertThat(queue).contains(reference).contains("Triagereferent");
		HttpResponse<String> noReason = secretariat.postForm("/aanmeldingen/" + id, "/aanmeldingen/" + id + "/besluit",
				"outcome=REJECTED&reason=");
		HttpResponse<String> noTarget = secretariat.postForm("/aanmeldingen/" + id, "/aanmeldingen/" + id + "/besluit",
				"outcome=REFERRED_ELSEWHERE&reason=Past+beter+elders");
		HttpResponse<String> rejected = secretariat.postForm("/aanmeldingen/" + id, "/aanmeldingen/" + id + "/besluit",
				"outcome=REJECTED&reason=" + HttpTestClient.encode("Geen persoon voor de aanpak van het huis."));
		HttpResponse<String> again = secretariat.postForm("/aanmeldingen/" + id, "/aanmeldingen/" + id + "/besluit",
				"outcome=ACCEPTED&reason=Toch");

		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("Vul de reden van het besluit in.");
		assertThat(noTarget.body()).contains("Vul in naar welke organisatie of partij u doorverwijst.");
		assertThat(rejected.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(secretariat.get("/aanmeldingen/" + id).body()).contains("Over deze aanmelding was al besloten");
		assertThat(jdbc.sql("SELECT status FROM intake_referral WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("REJECTED");
		assertThat(secretariat.get("/aanmeldingen/triage").body()).doesNotContain(reference);

		String home = police.get("/").body();
		assertThat(home).contains("Besluit over uw aanmelding " + reference + ": afgewezen.").contains("/aanmeldingen/" + id);
		assertThat(jdbc.sql("""
				SELECT array_to_string(arguments, '|') FROM platform_notification
				WHERE recipient = :me AND link = :link""")
			.param("me", userId("politie.demo")).param("link", "/aanmeldingen/" + id)
			.query(String.class).single()).as("nothing but the reference").isEqualTo(reference);
		assertThat(police.get("/aanmeldingen/" + id).body()).contains("Afgewezen").contains("Geen persoon voor de aanpak van het huis.");
		assertThat(audits("UPDATE", "referral", id.toString(), "secretariaat.demo", "ALLOWED")).isEqualTo(1);
		assertThat(audits("READ", "referral", id.toString(), "secretariaat.demo", "ALLOWED")).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'READ' AND object_type = 'referral-triage-queue' AND actor_name = 'secretariaat.demo'""")
			.query(Integer.class).single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void another_partner_gets_404_on_a_referral_it_did_not_make_and_the_attempt_is_audited() {
		HttpTestClient police = signedIn("politie.demo");
		UUID id = submitOnPage(police, "Zichtbaarheidsreferent", "1939-09-10", TargetGroup.HARD_CORE_YOUTH);
		HttpTestClient probation = signedIn("reclassering.demo");
		String probationApi = DemoApiTokens.bearer(apiTokens, accounts, "reclassering.demo");

		assertThat(probation.get("/aanmeldingen/" + id).statusCode()).isEqualTo(404);
		assertProblem(probation.send(probation.request("/api/v1/referrals/" + id).header("Authorization", probationApi)), 404,
				"Niet gevonden");
		assertThat(probation.get("/aanmeldingen").body()).doesNotContain("Zichtbaarheidsreferent");
		assertThat(probation.get("/aanmeldingen/triage").statusCode()).isEqualTo(403);
		// The steering group sees aggregates only: for them the referral pages do not exist (issue 10).
		assertThat(signedIn("stuurgroep.demo").get("/aanmeldingen").statusCode()).isEqualTo(404);
		assertThat(police.get("/aanmeldingen").body()).contains("Zichtbaarheidsreferent");
		assertThat(audits("READ", "referral", id.toString(), "reclassering.demo", "DENIED")).isEqualTo(2);
		HttpResponse<String> decision = post(probation, probationApi, "/api/v1/referrals/" + id + "/decision",
				"{\"outcome\":\"ACCEPTED\",\"reason\":\"Zelf besloten\"}");
		assertProblem(decision, 403, "Geen toegang");
	}

	@Test
	void an_accepted_referral_is_published_and_counted_for_selection_and_a_rejected_one_is_not_counted() {
		String bsn = validBsn(2);
		HttpTestClient client = new HttpTestClient(port);
		String police = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		String probation = DemoApiTokens.bearer(apiTokens, accounts, "reclassering.demo");
		String person = """
				"bsn":"%s","givenNames":"Wim","surname":"Telreferent","dateOfBirth":"1936-11-12",
				"targetGroups":["PERSISTENT_NUISANCE_OFFENDER"],"reason":"Overlast","personInformed":true""".formatted(bsn);
		UUID referral = id(post(client, police, "/api/v1/referrals", "{\"kind\":\"REFERRAL\",\"goal\":\"Aanpak\"," + person + "}"));
		UUID signal = id(post(client, probation, "/api/v1/referrals", "{\"kind\":\"SIGNAL\"," + person + "}"));
		UUID rejected = id(post(client, probation, "/api/v1/referrals", "{\"kind\":\"SIGNAL\"," + person + "}"));
		String secretariat = DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo");
		UUID secretariatId = userId("secretariaat.demo");

		assertThat(post(client, secretariat, "/api/v1/referrals/" + rejected + "/decision",
				"{\"outcome\":\"REJECTED\",\"reason\":\"Dubbel signaal\"}").statusCode()).isEqualTo(204);
		assertProblem(post(client, secretariat, "/api/v1/referrals/" + rejected + "/decision",
				"{\"outcome\":\"REJECTED\",\"reason\":\"Nogmaals\"}"), 409, "Conflict");
		assertProblem(post(client, secretariat, "/api/v1/referrals/" + signal + "/decision",
				"{\"outcome\":\"REFERRED_ELSEWHERE\",\"reason\":\" \"}"), 400, "Ongeldig verzoek");
		referrals.decide(referral, new TriageDecision.Accept("Kandidaat"), secretariatId, "Sanne Vos", OffsetDateTime.now());

		UUID personId = jdbc.sql("SELECT person_id FROM intake_referral WHERE id = :id").param("id", referral).query(UUID.class).single();
		assertThat(events.stream(ReferralAccepted.class)).singleElement().satisfies(accepted -> {
			assertThat(accepted.referralId()).isEqualTo(referral);
			assertThat(accepted.personId()).isEqualTo(personId);
			assertThat(accepted.targetGroups()).containsExactly(TargetGroup.PERSISTENT_NUISANCE_OFFENDER);
		});
		assertThat(referrals.acceptedReferrals()).anySatisfy(accepted -> assertThat(accepted.referralId()).isEqualTo(referral));
		assertThat(referrals.countsByPerson(LocalDate.now().minusDays(1), LocalDate.now()))
			.filteredOn(count -> count.personId().equals(personId))
			.containsExactly(new ReferralCount(personId, 1, 1, 2));
		assertThat(referrals.countsByPerson(LocalDate.now().plusDays(1), LocalDate.now().plusDays(2)))
			.noneMatch(count -> count.personId().equals(personId));
	}

	@Test
	void the_demo_house_shows_a_triage_queue_and_referrals_in_every_state() {
		assertThat(jdbc.sql("SELECT DISTINCT status FROM intake_referral WHERE reason LIKE 'Synthetische demo-aanmelding%'")
			.query(String.class).list()).containsExactlyInAnyOrder("OPEN", "ACCEPTED", "REFERRED_ELSEWHERE", "REJECTED");
		assertThat(signedIn("secretariaat.demo").get("/aanmeldingen/triage").body()).contains("Demi Kicken")
			.contains("Gemeente Heerlen").contains("Stichting Reclassering Nederland regio Limburg");
		assertThat(signedIn("reclassering.demo").get("/").body()).contains("geaccepteerd, de persoon is kandidaat voor selectie");
	}

	private HttpTestClient signedIn(String username) {
		HttpTestClient client = new HttpTestClient(port);
		client.login(username, HouseIntegrationTest.DEMO_PASSWORD);
		return client;
	}

	private UUID userId(String username) {
		return ((nl.veiligheidshuis.identity.SignedInUser) accounts.loadUserByUsername(username)).id();
	}

	/** Submits a valid referral on the page and returns its id, from the redirect. */
	private static UUID submitOnPage(HttpTestClient client, String surname, String dateOfBirth, TargetGroup group) {
		HttpResponse<String> created = client.postForm("/aanmeldingen/nieuw", "/aanmeldingen", "kind=REFERRAL&surname=" + surname
				+ "&givenNames=Jan&dateOfBirth=" + dateOfBirth + "&gender=M&targetGroups=" + group
				+ "&reason=Zorgen&goal=Aanpak&personInformed=false&notInformedReason=" + HttpTestClient.encode("Nog niet bereikt"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Matcher matcher = LOCATION.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	private static HttpResponse<String> post(HttpTestClient client, String authorization, String path, String json) {
		return client.send(client.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	private static UUID id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return UUID.fromString(JSON.readTree(created.body()).path("id").asString());
	}

	private int audits(String action, String objectType, String objectId, String actor, String result) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = :action AND object_type = :type AND object_id = :id AND actor_name = :actor AND result = :result
				  AND person_id IS NOT NULL""")
			.param("action", action).param("type", objectType).param("id", objectId).param("actor", actor)
			.param("result", result).query(Integer.class).single();
	}

	/** The n-th BSN from 999980000 up that passes the 11-test: a range the demo data does not use. */
	private static String validBsn(int n) {
		int found = 0;
		for (int candidate = 999_980_000;; candidate++) {
			if (Persons.isValidBsn(Integer.toString(candidate)) && ++found == n) {
				return Integer.toString(candidate);
			}
		}
	}
}
