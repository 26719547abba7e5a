package nl.veiligheidshuis.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import nl.veiligheidshuis.platform.DemoPdf;

/**
 * The partner register of the demo house through the API and the pages, and the upload of an accession
 * declaration: only a PDF (by its content), size-limited, never half-saved, downloaded only as an attachment.
 */
@HouseIntegrationTest
class PartnerRegisterIntegrationTest {

	private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"([^\"]*/toetredingen[^\"]*)\"");

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
	ChainLeads chainLeads;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void the_api_lists_the_17_signing_partners_the_3_joiners_and_the_house_office() throws Exception {
		JsonNode all = api("/api/v1/partners");

		List<JsonNode> signatories = partnersWith(all, "SIGNATORY");
		List<JsonNode> joiners = partnersWith(all, "DECLARATION");
		assertThat(signatories).hasSize(17);
		// Other tests of the shared context add joiners of their own.
		assertThat(joiners).extracting(partner -> partner.get("name").asString()).contains(
				"Gemeenten Brunssum, Nuth, Voerendaal en Onderbanken", "RIMO Parkstad", "Stichting Zwerfjongeren Limburg");
		assertThat(jdbc.sql("SELECT count(DISTINCT organisation_id) FROM partners_accession WHERE recorded_by = 'demo'")
			.query(Long.class).single()).as("the 20 covenant partners of the demo").isEqualTo(20);
		assertThat(byName(all, "Veiligheidshuis Heerlen (bedrijfsbureau)").get("accessions")).as("the house's own office")
			.isEmpty();
		for (JsonNode signatory : signatories) {
			JsonNode signature = signatory.get("accessions").get(0);
			assertThat(signature.get("signedOn").asString()).isEqualTo("2006-09-07");
			assertThat(signature.get("representative").asString()).isNotBlank();
			assertThat(signatory.get("partyToday").asBoolean()).isTrue();
		}
		JsonNode heerlen = byName(all, "Gemeente Heerlen");
		assertThat(heerlen.get("accessions").get(0).get("representative").asString()).isEqualTo("burgemeester A.M.G. Gresel");
		assertThat(heerlen.get("type").asString()).isEqualTo("MUNICIPALITY");

		JsonNode one = api("/api/v1/partners/" + heerlen.get("id").asString());
		assertThat(one.get("name").asString()).isEqualTo("Gemeente Heerlen");
		assertThat(one.get("contactPoints")).isNotEmpty();
	}

	@Test
	void the_api_gives_the_five_municipalities_with_the_populations_of_the_staatsalmanak_and_the_privacy_covenant()
			throws Exception {
		JsonNode municipalities = api("/api/v1/municipalities");
		Map<String, Integer> expected = Map.of("Heerlen", 91_528, "Voerendaal", 12_950, "Nuth", 16_026, "Brunssum", 29_623,
				"Onderbanken", 8_392);
		assertThat(municipalities).hasSize(5);
		for (JsonNode municipality : municipalities) {
			JsonNode figure = municipality.get("populations").get(0);
			assertThat(figure.get("population").asInt()).isEqualTo(expected.get(municipality.get("name").asString()));
			assertThat(figure.get("countedOn").asString()).isEqualTo("2006-05-31");
		}

		// Other tests of the shared context record covenants and parties of their own.
		JsonNode demo = byTitle(api("/api/v1/privacy-covenants"), "Privacyconvenant persoonsgerichte aanpak Veiligheidshuis Heerlen");
		List<String> parties = new java.util.ArrayList<>();
		demo.get("parties").forEach(party -> parties.add(party.get("name").asString()));
		List<String> signatories = new java.util.ArrayList<>();
		partnersWith(api("/api/v1/partners"), "SIGNATORY").forEach(partner -> signatories.add(partner.get("name").asString()));
		assertThat(signatories).hasSize(17);
		assertThat(parties).containsAll(signatories).doesNotContain("RIMO Parkstad");
		assertThat(demo.get("targetGroups")).hasSize(12);
		assertThat(demo.get("validFrom").asString()).isEqualTo("2006-09-07");
		assertThat(demo.get("validToday").asBoolean()).isTrue();
	}

	@Test
	void the_register_calls_are_documented_in_the_openapi_description() {
		String openApi = new HttpTestClient(port).get("/api/v1/openapi.json").body();

		assertThat(openApi).contains("\"/api/v1/partners\"", "\"/api/v1/partners/{id}\"", "\"/api/v1/municipalities\"",
				"\"/api/v1/privacy-covenants\"");
	}

	@Test
	void every_signed_in_user_reads_the_register_pages() {
		HttpTestClient police = signedIn("politie.demo");

		assertThat(police.get("/partners").body()).contains("Mondriaan Zorggroep").contains("Stichting Zwerfjongeren Limburg")
			.contains("Toetredingsverklaring").doesNotContain("Nieuwe partner");
		assertThat(police.get("/partners/gemeenten").body()).contains("91.528").contains("8.392").contains("Staatsalmanak");
		assertThat(police.get("/partners/convenant").body()).contains("Strafrechtketen")
			.contains("Jeugdstrafrechtketen (casusregie)").contains("de heer J.F. Wauben");
		assertThat(police.get("/partners/ruimten").body()).contains("Overlegruimte De Schacht").contains("Flexplek 6");
		assertThat(police.get("/privacyconvenanten").body()).contains("Privacyconvenant persoonsgerichte aanpak");
		assertThat(police.get("/partners/" + idOf("Tracee")).body()).contains("de heer E. Hoesbergen")
			.doesNotContain("Toetredingsverklaring vastleggen");
	}

	@Test
	void a_partner_professional_cannot_change_the_register() {
		HttpTestClient police = signedIn("politie.demo");

		assertThat(police.postForm("/partners", "/partners/ruimten", "name=Stiekem&kind=OFFICE&capacity=2").statusCode())
			.isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM partners_room WHERE name = 'Stiekem'").query(Long.class).single()).isZero();
	}

	@Test
	void the_house_manager_records_an_accession_declaration_with_a_signed_pdf_and_it_is_audited() {
		PartnerOrganisationId housing = partners.register("Woningcorporatie Weller " + System.nanoTime(), PartnerType.HOUSING);
		HttpTestClient manager = signedIn("manager.demo");
		byte[] pdf = DemoPdf.withText("Toetredingsverklaring Weller");

		HttpResponse<String> saved = manager.postMultipart(uploadAction(manager, housing),
				Map.of("approvedOn", "2026-01-15", "signedOn", "2026-01-20", "effectiveFrom", "2026-02-01",
						"representative", "mevrouw A. Weller"),
				"declaration", "..\\verklaring \"weller\".pdf", "application/pdf", pdf);

		assertThat(saved.statusCode()).isEqualTo(302);
		PartnerDetails details = partners.details(housing).orElseThrow();
		assertThat(details.accessions()).singleElement().satisfies(accession -> {
			assertThat(accession.kind()).isEqualTo(AccessionKind.DECLARATION);
			assertThat(accession.effectiveFrom()).hasToString("2026-02-01");
			assertThat(accession.document()).isNotNull();
		});
		assertThat(manager.get("/partners/" + housing.value()).body()).contains("De toetredingsverklaring is vastgelegd.")
			.contains("mevrouw A. Weller");

		HttpResponse<byte[]> download = manager.getBytes("/documenten/" + details.accessions().get(0).document().value());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("verklaring weller.pdf").doesNotContain("..");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'CREATE' AND object_type = 'accession' AND actor_name = 'manager.demo'
				  AND purpose = 'HOUSE_ADMINISTRATION'""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void the_functional_administrator_ends_a_partners_period_and_moves_a_chain_lead() {
		PartnerOrganisationId partner = partners.register("Stichting Tijdelijk " + System.nanoTime(), PartnerType.CARE);
		partners.recordDeclaration(partner, partners.covenant().orElseThrow().id(), null, java.time.LocalDate.of(2020, 1, 1),
				null, java.time.LocalDate.of(2020, 2, 1), null, "test");
		assertThat(partners.partyOn(partner, java.time.LocalDate.of(2026, 1, 1))).isTrue();
		HttpTestClient administrator = signedIn("beheer.demo");
		String page = "/partners/" + partner.value();

		HttpResponse<String> wrong = administrator.postForm(page, page,
				"type=CARE&presence=DAILY&activeFrom=2020-02-01&activeTo=2019-12-31");
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("De einddatum ligt vóór de begindatum.");

		assertThat(administrator.postForm(page, page, "type=CARE&presence=DAILY&activeFrom=2020-02-01&activeTo=2025-12-31")
			.statusCode()).isEqualTo(302);
		assertThat(partners.details(partner).orElseThrow().presence()).isEqualTo(Presence.DAILY);
		assertThat(partners.partyOn(partner, java.time.LocalDate.of(2025, 12, 31))).isTrue();
		assertThat(partners.partyOn(partner, java.time.LocalDate.of(2026, 1, 1))).as("no longer active").isFalse();

		assertThat(administrator.postForm("/partners/convenant", "/partners/convenant/regie",
				"chain=PREVENTION&lead=" + partner.value()).statusCode()).isEqualTo(302);
		assertThat(chainLeads.of(Chain.PREVENTION).orElseThrow().organisation().id()).isEqualTo(partner);
		chainLeads.assign(Chain.PREVENTION, partners.findByName("Gemeente Heerlen").orElseThrow());
	}

	@Test
	void a_file_that_is_not_a_pdf_gets_a_dutch_message_and_nothing_is_saved() {
		PartnerOrganisationId housing = partners.register("Woningcorporatie Wonen Zuid " + System.nanoTime(), PartnerType.HOUSING);
		HttpTestClient manager = signedIn("manager.demo");
		long documentsBefore = documents();

		HttpResponse<String> refused = manager.postMultipart(uploadAction(manager, housing),
				Map.of("approvedOn", "2026-01-15", "effectiveFrom", "2026-02-01"), "declaration", "verklaring.pdf",
				"application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Het bestand is geen pdf.").contains("aria-invalid=\"true\"");
		assertThat(partners.details(housing).orElseThrow().accessions()).isEmpty();
		assertThat(documents()).isEqualTo(documentsBefore);

		HttpResponse<String> withoutFile = manager.postMultipart(uploadAction(manager, housing),
				Map.of("approvedOn", "2026-01-15"), "declaration", "", "application/octet-stream", new byte[0]);
		assertThat(withoutFile.body()).contains("Kies een pdf-bestand.");
		HttpResponse<String> effectiveBeforeApproval = manager.postMultipart(uploadAction(manager, housing),
				Map.of("approvedOn", "2026-01-15", "effectiveFrom", "2026-01-01"), "declaration", "v.pdf", "application/pdf",
				DemoPdf.withText("verklaring"));
		assertThat(effectiveBeforeApproval.body()).contains("De ingangsdatum ligt vóór het akkoord van de stuurgroep.");
		assertThat(partners.details(housing).orElseThrow().accessions()).isEmpty();
		assertThat(documents()).isEqualTo(documentsBefore);
	}

	@Test
	void a_file_over_the_size_limit_gets_a_dutch_page_and_nothing_is_saved() {
		PartnerOrganisationId housing = partners.register("Woningcorporatie Groot " + System.nanoTime(), PartnerType.HOUSING);
		HttpTestClient manager = signedIn("manager.demo");
		long documentsBefore = documents();
		byte[] large = Arrays.copyOf(DemoPdf.withText("groot"), 1_200_000); // the tests allow 1 MB

		HttpResponse<String> refused = manager.postMultipart(uploadAction(manager, housing),
				Map.of("approvedOn", "2026-01-15", "effectiveFrom", "2026-02-01"), "declaration", "groot.pdf",
				"application/pdf", large);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("Bestand te groot").contains("Er is niets opgeslagen").doesNotContain("Exception");
		assertThat(partners.details(housing).orElseThrow().accessions()).isEmpty();
		assertThat(documents()).isEqualTo(documentsBefore);
	}

	@Test
	void a_broken_upload_request_gets_the_dutch_page_for_a_bad_request_and_nothing_is_saved() {
		PartnerOrganisationId housing = partners.register("Woningcorporatie Kapot " + System.nanoTime(), PartnerType.HOUSING);
		HttpTestClient manager = signedIn("manager.demo");
		long documentsBefore = documents();

		HttpResponse<String> refused = manager.send(manager.request(uploadAction(manager, housing))
			.header("Content-Type", "multipart/form-data; boundary=----grens")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"------grens\r\nContent-Disposition: form-data; name=\"declaration\"; filename=\"v.pdf\"\r\n\r\n%PDF-1.4 afgebroken")));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Ongeldig verzoek").doesNotContain("Exception");
		assertThat(partners.details(housing).orElseThrow().accessions()).isEmpty();
		assertThat(documents()).isEqualTo(documentsBefore);
	}

	@Test
	void a_document_that_does_not_exist_is_not_found() {
		assertThat(signedIn("politie.demo").get("/documenten/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	private String uploadAction(HttpTestClient client, PartnerOrganisationId partner) {
		Matcher action = UPLOAD_ACTION.matcher(client.get("/partners/" + partner.value()).body());
		assertThat(action.find()).as("the upload form").isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	private long documents() {
		return jdbc.sql("SELECT count(*) FROM platform_document").query(Long.class).single();
	}

	private HttpTestClient signedIn(String username) {
		HttpTestClient client = new HttpTestClient(port);
		client.login(username, HouseIntegrationTest.DEMO_PASSWORD);
		return client;
	}

	private String idOf(String name) {
		return partners.findByName(name).orElseThrow().value().toString();
	}

	private JsonNode api(String path) throws Exception {
		HttpTestClient client = new HttpTestClient(port);
		HttpResponse<String> response = client.send(client.request(path)
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "politie.demo")));
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static List<JsonNode> partnersWith(JsonNode all, String kind) {
		List<JsonNode> found = new java.util.ArrayList<>();
		all.forEach(partner -> {
			JsonNode accessions = partner.get("accessions");
			if (!accessions.isEmpty() && accessions.get(0).get("kind").asString().equals(kind)) {
				found.add(partner);
			}
		});
		return found;
	}

	private static JsonNode byTitle(JsonNode all, String title) {
		for (JsonNode covenant : all) {
			if (covenant.get("title").asString().equals(title)) {
				return covenant;
			}
		}
		throw new AssertionError("no covenant " + title);
	}

	private static JsonNode byName(JsonNode all, String name) {
		for (JsonNode partner : all) {
			if (partner.get("name").asString().equals(name)) {
				return partner;
			}
		}
		throw new AssertionError("no partner " + name);
	}
}
