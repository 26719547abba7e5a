package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.privacy.PrivacyClients.Client;
import tools.jackson.databind.JsonNode;

/** Subject access (AVG art. 15) and rectification/erasure requests (art. 16, 17) through the API. */
@HouseIntegrationTest
class SubjectAccessIntegrationTest {

	static final String POLICE = "Politie regio Limburg Zuid";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	HouseRooms rooms;

	@Autowired
	JdbcClient jdbc;

	PrivacyClients clients;

	@BeforeEach
	void setUp() {
		clients = new PrivacyClients(port, apiTokens, accounts, partners, rooms);
	}

	@Test
	void the_export_of_a_person_with_a_trajectory_and_a_conference_item_lists_every_partner_that_read_it_and_all_data() {
		Client client = clients.withClosedTrajectory("Inzage");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		// and a victim record: an incident the police registered, with a support offer
		String incident = clients.send("politie.demo", "POST", "/api/v1/incidents",
				"{\"occurredOn\":\"" + today.minusDays(2) + "\",\"kind\":\"THREAT\",\"persons\":[{\"role\":\"VICTIM\","
						+ "\"personId\":\"" + client.personId() + "\"}]}", 201).path("id").asString();
		clients.send("politie.demo", "POST", "/api/v1/victims/" + client.personId() + "/support-offers",
				"{\"kind\":\"VICTIM_SUPPORT_REFERRAL\",\"consent\":\"GIVEN\"}", 201);
		clients.send("politie.demo", "GET", "/api/v1/victims/" + client.personId(), null, 200);
		JsonNode request = clients.send("secretariaat.demo", "POST", "/api/v1/subject-access-requests", """
				{"personId":"%s","receivedOn":"%s","request":"Ik wil weten wat u over mij weet."}"""
			.formatted(client.personId(), today), 201);
		assertThat(request.path("kind").asString()).isEqualTo("ACCESS");
		assertThat(request.path("deadline").asString()).isEqualTo(today.plusMonths(1).toString());
		String path = "/api/v1/subject-access-requests/" + request.path("id").asString();

		// Every organisation whose people read, searched, exported or printed the person's data, from the log itself.
		List<String> readers = jdbc.sql("""
				SELECT DISTINCT organisation_name FROM privacy_audit_record WHERE person_id = :person AND result = 'ALLOWED'
				AND action IN ('READ', 'SEARCH', 'EXPORT', 'PRINT', 'BREAK_GLASS') AND organisation_name IS NOT NULL""")
			.param("person", client.personId())
			.query(String.class)
			.list();
		assertThat(readers).contains(PrivacyClients.PROBATION, POLICE);

		JsonNode export = clients.send("secretariaat.demo", "GET", path + "/export", null, 200);
		List<String> recipients = export.path("recipients").valueStream().map(r -> r.path("organisation").asString())
			.toList();
		assertThat(recipients).containsExactlyInAnyOrderElementsOf(readers);
		JsonNode probation = export.path("recipients").valueStream()
			.filter(r -> r.path("organisation").asString().equals(PrivacyClients.PROBATION)).findFirst().orElseThrow();
		assertThat(probation.path("activities").valueStream().map(JsonNode::asString).toList())
			.contains("trajectory", "case-conference");

		// Complete: the data of every module, each record by its id or reference.
		String text = export.toString();
		assertThat(text).contains(client.surname(), client.bsn(), client.dateOfBirth().toString(),
				client.trajectoryId().toString(), client.itemId().toString(), incident, "Toezicht met meldplicht voor " + client.surname());
		// Read by the person it is about: every field has a Dutch label, none the name of a database column.
		List<String> labels = export.path("sections").valueStream().flatMap(s -> s.path("items").valueStream())
			.flatMap(i -> i.path("fields").valueStream()).map(f -> f.path("label").asString()).distinct().toList();
		assertThat(labels).isNotEmpty().contains("Procesregisseur", "Doelgroep").noneMatch(label -> label.contains("_"))
			.noneMatch(label -> label.matches("[a-z]+"));
		List<String> sections = export.path("sections").valueStream().map(s -> s.path("title").asString()).toList();
		assertThat(sections).contains("Persoonsgegevens zoals partners ze aanleverden", "Aanmeldingen en signalen", "Trajecten",
				"Tijdlijn van trajecten", "Agendapunten van casusoverleggen", "Scenario's bij agendapunten",
				"Incidenten (in welke rol)", "Ondersteuning van slachtoffers");
		assertThat(export.path("purposes").valueStream().map(p -> p.path("code").asString()).toList())
			.contains("referral", "trajectory", "case-conference", "person-registry", "victim-support");
		assertThat(export.path("purposes").get(0).path("legalBasis").asString()).isNotBlank();
		assertThat(export.path("retention").valueStream().map(r -> r.path("recordType").asString()).toList())
			.contains("trajectory", "case-conference-item", "referral", "source-record", "victim-record");

		// The referring police are responsible; the conference passed the case to probation: a recorded transfer.
		String police = partners.findByName(POLICE).orElseThrow().value().toString();
		String probationId = partners.findByName(PrivacyClients.PROBATION).orElseThrow().value().toString();
		assertThat(export.path("transfers").valueStream()
			.map(t -> t.path("sourceId").asString() + ">" + t.path("recipientId").asString()).toList())
			.contains(police + ">" + probationId);
		assertThat(export.path("transfers").get(0).path("legalBasis").asString()).contains("Wpg art. 20");

		HttpResponse<byte[]> pdf = new HttpTestClient(port).sendBytes(new HttpTestClient(port).request(path + "/export")
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo"))
			.header("Accept", "application/pdf"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		String pdfText = text(pdf.body());
		assertThat(pdfText).contains(client.surname(), client.bsn(), PrivacyClients.PROBATION, POLICE, "Trajecten");

		// The handling is recorded, and each export is audited.
		JsonNode handled = clients.send("secretariaat.demo", "GET", path, null, 200);
		assertThat(handled.path("steps").valueStream().map(s -> s.path("step").asString()).toList())
			.containsExactly("REGISTERED", "EXPORTED", "EXPORTED");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE person_id = :person AND action = 'EXPORT'
				AND object_type = 'subject-request' AND processing_activity = 'privacy-rights'""")
			.param("person", client.personId()).query(Long.class).single()).isEqualTo(2);

		// Not for partners: the request does not exist for them.
		assertThat(clients.raw("reclassering.demo", "GET", path + "/export", null, null).statusCode()).isEqualTo(404);
		assertThat(clients.raw("politie.demo", "GET", path, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void an_erasure_request_refused_needs_the_exception_of_article_17_3_and_an_extension_stays_within_three_months() {
		Client client = clients.referred("Wisverzoek");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		HttpResponse<String> invalid = clients.raw("secretariaat.demo", "POST", "/api/v1/subject-access-requests",
				"{\"personId\":\"" + UUID.randomUUID() + "\",\"receivedOn\":\"" + today.plusDays(2) + "\"}", null);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("personId", "receivedOn");

		JsonNode request = clients.send("secretariaat.demo", "POST", "/api/v1/subject-access-requests", """
				{"kind":"ERASURE","personId":"%s","receivedOn":"%s"}""".formatted(client.personId(), today), 201);
		String path = "/api/v1/subject-access-requests/" + request.path("id").asString();
		HttpResponse<String> tooLong = clients.raw("secretariaat.demo", "POST", path + "/extension", """
				{"extendedTo":"%s","reason":"Complex verzoek met veel bronnen"}""".formatted(today.plusMonths(4)), null);
		assertThat(tooLong.statusCode()).isEqualTo(400);
		clients.send("secretariaat.demo", "POST", path + "/extension", """
				{"extendedTo":"%s","reason":"Complex verzoek met veel bronnen"}""".formatted(today.plusMonths(3)), 200);

		HttpResponse<String> noGround = clients.raw("secretariaat.demo", "POST", path + "/decision",
				"{\"status\":\"REFUSED\",\"decision\":\"Gegevens nodig voor lopend traject\"}", null);
		assertThat(noGround.statusCode()).isEqualTo(400);
		assertThat(noGround.body()).contains("legalGround");
		JsonNode decided = clients.send("secretariaat.demo", "POST", path + "/decision", """
				{"status":"REFUSED","decision":"Gegevens nodig voor de wettelijke taak","legalGround":"LEGAL_OBLIGATION_OR_PUBLIC_TASK"}""",
				200);
		assertThat(decided.path("legalGround").asString()).isEqualTo("LEGAL_OBLIGATION_OR_PUBLIC_TASK");
		assertThat(decided.path("status").asString()).isEqualTo("REFUSED");
		assertThat(jdbc.sql("SELECT count(*) FROM persons_person WHERE id = :p").param("p", client.personId())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_granted_erasure_request_erases_the_person_at_once() {
		Client client = clients.referred("Gewist");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		JsonNode request = clients.send("manager.demo", "POST", "/api/v1/subject-access-requests", """
				{"kind":"ERASURE","personId":"%s","receivedOn":"%s"}""".formatted(client.personId(), today), 201);
		String path = "/api/v1/subject-access-requests/" + request.path("id").asString();
		JsonNode decided = clients.send("manager.demo", "POST", path + "/decision",
				"{\"status\":\"GRANTED\",\"decision\":\"Geen grond meer om te bewaren\"}", 200);
		assertThat(decided.path("steps").valueStream().map(s -> s.path("step").asString()).toList()).contains("ERASED");
		assertThat(jdbc.sql("SELECT count(*) FROM intake_referral WHERE person_id = :p").param("p", client.personId())
			.query(Long.class).single()).isZero();
	}

	@Test
	void the_register_of_processing_activities_is_in_the_api_with_legal_basis_and_retention() {
		JsonNode activities = clients.send("politie.demo", "GET", "/api/v1/processing-activities", null, 200);
		assertThat(activities.valueStream().map(a -> a.path("code").asString()).toList()).contains("police-list-import",
				"referral", "selection", "trajectory", "case-conference", "victim-support", "reporting");
		JsonNode trajectory = activities.valueStream().filter(a -> a.path("code").asString().equals("trajectory"))
			.findFirst().orElseThrow();
		assertThat(trajectory.path("legalBasis").asString()).contains("AVG art. 6 lid 1 onder e").contains("Wjsg");
		assertThat(trajectory.path("retention").asString()).isNotBlank();
		assertThat(trajectory.path("recipients").size()).isPositive();
	}

	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
