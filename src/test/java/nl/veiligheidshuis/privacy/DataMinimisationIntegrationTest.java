package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Field-level data minimisation (issue 11 item 5) end to end: two care partners take part in the same trajectory and
 * both sent a referral about the client; the covenant of one ("narrow") shares only contact and judicial data with
 * it, that of the other ("wide") every category. The narrow partner gets no BSN, date of birth or assessment details
 * on the person page, the dossier page, the JSON API and the dossier PDF (read with PDFBox); the wide partner gets
 * them; the house's own roles are unaffected. And the victims module under the covenant rule: an involved partner
 * without a covenant that covers victims gets 404.
 */
@HouseIntegrationTest
class DataMinimisationIntegrationTest {

	private static final String PASSWORD = "lange zin als wachtwoord voor de test";
	private static final String NOT_SHARED = "niet gedeeld onder het privacyconvenant";
	private static final String JUDGEMENT = "Gemotiveerd voor schuldhulp en begeleid wonen";
	private static final String RISC_SCORES = """
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
	HouseRooms rooms;

	@Autowired
	PrivacyCovenantRegister covenants;

	private PrivacyClients clients;

	private String narrowUser;
	private String wideUser;
	private UUID narrow;
	private UUID wide;

	@BeforeEach
	void partnersWithTheirCovenants() {
		clients = new PrivacyClients(port, apiTokens, accounts, partners, rooms);
		narrow = careParty("Zorgpartner smal");
		wide = careParty("Zorgpartner breed");
		covenants.record("Privacyconvenant smal " + UUID.randomUUID(), Set.of(new PartnerOrganisationId(narrow)),
				EnumSet.of(TargetGroup.PROLIFIC_OFFENDER), "doelen", "grondslag", LocalDate.of(2020, 1, 1), null, null,
				Map.of(new PartnerOrganisationId(narrow), EnumSet.of(DataCategory.CONTACT, DataCategory.JUDICIAL)));
		covenants.record("Privacyconvenant breed " + UUID.randomUUID(), Set.of(new PartnerOrganisationId(wide)),
				EnumSet.of(TargetGroup.PROLIFIC_OFFENDER), "doelen", "grondslag", LocalDate.of(2020, 1, 1), null, null);
		narrowUser = professional(narrow);
		wideUser = professional(wide);
	}

	@Test
	void a_partner_whose_covenant_does_not_cover_a_category_does_not_get_its_fields_anywhere_one_that_does_does() throws IOException {
		String surname = TrajectoriesIntegrationTest.unique("Minimaal");
		String bsn = clients.bsn();
		LocalDate born = LocalDate.of(1987, 6, 23);
		String bornOnPage = born.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		String bornInPdf = born.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
		UUID referral = referral(narrowUser, surname, bsn, born);
		referral(wideUser, surname, bsn, born);
		UUID person = UUID.fromString(clients.send("secretariaat.demo", "GET", "/api/v1/referrals/" + referral, null, 200)
			.path("personId").asString());
		UUID trajectory = UUID.fromString(clients.send("manager.demo", "POST", "/api/v1/trajectories", """
				{"referralId":"%s","reason":"Dreigende escalatie","partnerIds":["%s","%s"]}""".formatted(referral, narrow, wide),
				201).path("id").asString());
		clients.send("manager.demo", "POST", "/api/v1/trajectories/" + trajectory + "/assignment",
				"{\"interventionManagerId\":\"" + clients.idOf("im.demo") + "\",\"version\":0}", 200);
		clients.send("im.demo", "POST", "/api/v1/trajectories/" + trajectory + "/assessments", """
				{"instrument":"RISC","assessedOn":"%s","scores":%s,"overallRisk":"HIGH","judgement":"%s","version":1}"""
			.formatted(LocalDate.now().minusDays(1), RISC_SCORES, JUDGEMENT), 201);

		// person page and API
		HttpTestClient narrowPages = signedIn(narrowUser);
		String narrowPerson = narrowPages.get("/personen/" + person).body();
		assertThat(narrowPerson).contains(surname).contains(NOT_SHARED).contains("Wisselstraat")
			.doesNotContain(bsn).doesNotContain(bornOnPage);
		JsonNode narrowPersonJson = clients.send(narrowUser, "GET", "/api/v1/persons/" + person, null, 200);
		assertThat(narrowPersonJson.path("bsns").isNull()).isTrue();
		assertThat(narrowPersonJson.path("datesOfBirth").isNull()).isTrue();
		assertThat(narrowPersonJson.path("addresses").isArray()).isTrue();
		assertThat(narrowPersonJson.toString()).doesNotContain(bsn).doesNotContain(born.toString());
		assertThat(narrowPersonJson.path("notShared").toString()).contains("IDENTITY").contains("BSN")
			.doesNotContain("CONTACT");

		HttpTestClient widePages = signedIn(wideUser);
		assertThat(widePages.get("/personen/" + person).body()).contains(bsn).contains(bornOnPage).doesNotContain(NOT_SHARED);
		JsonNode widePersonJson = clients.send(wideUser, "GET", "/api/v1/persons/" + person, null, 200);
		assertThat(widePersonJson.path("bsns").toString()).contains(bsn);
		assertThat(widePersonJson.path("notShared").isEmpty()).isTrue();

		// trajectory dossier page, API, assessments and PDF
		String narrowDossier = narrowPages.get("/trajecten/" + trajectory).body();
		assertThat(narrowDossier).contains(surname).contains(NOT_SHARED).doesNotContain(bornOnPage);
		JsonNode narrowJson = clients.send(narrowUser, "GET", "/api/v1/trajectories/" + trajectory, null, 200);
		assertThat(narrowJson.path("dateOfBirth").isNull()).isTrue();
		assertThat(narrowJson.path("notShared").toString()).contains("IDENTITY").contains("BSN").contains("CARE");
		assertThat(clients.send(narrowUser, "GET", "/api/v1/trajectories/" + trajectory + "/assessments", null, 200)
			.toString()).doesNotContain(JUDGEMENT);
		String narrowPdf = pdfText(narrowPages, "/trajecten/" + trajectory + "/afdruk");
		assertThat(narrowPdf).contains(surname).contains(NOT_SHARED).doesNotContain(bornInPdf).doesNotContain(JUDGEMENT);

		assertThat(widePages.get("/trajecten/" + trajectory).body()).contains(bornOnPage).doesNotContain(NOT_SHARED);
		JsonNode wideJson = clients.send(wideUser, "GET", "/api/v1/trajectories/" + trajectory, null, 200);
		assertThat(wideJson.path("dateOfBirth").asString()).isEqualTo(born.toString());
		assertThat(clients.send(wideUser, "GET", "/api/v1/trajectories/" + trajectory + "/assessments", null, 200)
			.toString()).contains(JUDGEMENT);
		String widePdf = pdfText(widePages, "/trajecten/" + trajectory + "/afdruk");
		assertThat(widePdf).contains(bornInPdf).contains(JUDGEMENT).doesNotContain(NOT_SHARED);

		// the house's own roles see everything
		HttpTestClient secretariat = signedIn("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(secretariat.get("/personen/" + person).body()).contains(bsn).contains(bornOnPage)
			.doesNotContain(NOT_SHARED);
		JsonNode manager = clients.send("manager.demo", "GET", "/api/v1/trajectories/" + trajectory, null, 200);
		assertThat(manager.path("dateOfBirth").asString()).isEqualTo(born.toString());
		assertThat(manager.path("notShared").isEmpty()).isTrue();
		HttpTestClient im = signedIn("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(pdfText(im, "/trajecten/" + trajectory + "/afdruk")).contains(bornInPdf).contains(JUDGEMENT);
	}

	@Test
	void in_the_demo_the_police_do_not_get_the_bsn_of_a_person_they_referred() {
		PrivacyClients.Client client = clients.referred("Democonvenant");

		HttpTestClient police = signedIn("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(police.get("/personen/" + client.personId()).body()).contains(client.surname()).contains(NOT_SHARED)
			.doesNotContain(client.bsn()).contains(client.dateOfBirth().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		assertThat(clients.send("politie.demo", "GET", "/api/v1/persons/" + client.personId(), null, 200).path("bsns")
			.isNull()).isTrue();
		assertThat(clients.send("secretariaat.demo", "GET", "/api/v1/persons/" + client.personId(), null, 200).path("bsns")
			.toString()).contains(client.bsn());
	}

	@Test
	void the_functional_administrator_changes_what_a_party_may_see_and_the_partner_sees_it_at_once() {
		String surname = TrajectoriesIntegrationTest.unique("Wijziging");
		String bsn = clients.bsn();
		UUID referral = referral(narrowUser, surname, bsn, LocalDate.of(1990, 2, 3));
		UUID person = UUID.fromString(clients.send("secretariaat.demo", "GET", "/api/v1/referrals/" + referral, null, 200)
			.path("personId").asString());
		assertThat(clients.send(narrowUser, "GET", "/api/v1/persons/" + person, null, 200).toString()).doesNotContain(bsn);
		UUID covenant = covenants.all().stream()
			.filter(c -> c.parties().contains(new PartnerOrganisationId(narrow)) && c.title().startsWith("Privacyconvenant smal"))
			.findFirst().orElseThrow().id();

		clients.send("stuurgroep.demo", "PUT", "/api/v1/privacy-covenants/" + covenant + "/parties/" + narrow + "/categories",
				"{\"categories\":[\"BSN\"]}", 403);
		JsonNode changed = clients.send("beheer.demo", "PUT",
				"/api/v1/privacy-covenants/" + covenant + "/parties/" + narrow + "/categories",
				"{\"categories\":[\"BSN\",\"CONTACT\"]}", 200);
		assertThat(changed.path("parties").get(0).path("categories").toString()).isEqualTo("[\"BSN\",\"CONTACT\"]");
		assertThat(clients.send(narrowUser, "GET", "/api/v1/persons/" + person, null, 200).path("bsns").toString())
			.contains(bsn);
		clients.send("beheer.demo", "PUT", "/api/v1/privacy-covenants/" + covenant + "/parties/" + wide + "/categories",
				"{\"categories\":[\"BSN\"]}", 404);

		// and on the covenant page, in Dutch
		HttpTestClient admin = signedIn("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		HttpResponse<String> saved = admin.postForm("/privacyconvenanten/" + covenant,
				"/privacyconvenanten/" + covenant + "/partijen/" + narrow + "/categorieen", "categories=CONTACT");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.get("/privacyconvenanten/" + covenant).body()).contains("Burgerservicenummer (BSN)")
			.contains("De gegevenscategorieën van de partij zijn gewijzigd.");
		assertThat(covenants.find(covenant).orElseThrow().categoriesOf(new PartnerOrganisationId(narrow)))
			.containsExactly(DataCategory.CONTACT);
		assertThat(clients.send(narrowUser, "GET", "/api/v1/persons/" + person, null, 200).toString()).doesNotContain(bsn);
	}

	@Test
	void an_involved_partner_without_a_covenant_that_covers_victims_gets_404_in_the_victims_module() {
		// the narrow partner's covenant covers prolific offenders only; the wide one covers victims too
		covenants.record("Privacyconvenant slachtoffers " + UUID.randomUUID(), Set.of(new PartnerOrganisationId(wide)),
				EnumSet.of(TargetGroup.VICTIM, TargetGroup.DOMESTIC_VIOLENCE_VICTIM), "doelen", "grondslag",
				LocalDate.of(2020, 1, 1), null, null);
		String victimName = TrajectoriesIntegrationTest.unique("Slachtoffer");
		String incident = """
				{"occurredOn":"%s","kind":"VIOLENCE","description":"Melding",
				 "persons":[{"role":"VICTIM","givenNames":"Eva","surname":"%s","dateOfBirth":"1990-04-02"}]}""";
		// the wide partner registers the incident and refers the victim to the narrow partner: both are involved
		JsonNode registered = clients.send(wideUser, "POST", "/api/v1/incidents",
				incident.formatted(LocalDate.now().minusDays(3), victimName), 201);
		UUID incidentId = UUID.fromString(registered.path("id").asString());
		UUID victim = UUID.fromString(registered.path("persons").get(0).path("personId").asString());
		UUID offer = UUID.fromString(clients.send(wideUser, "POST", "/api/v1/victims/" + victim + "/support-offers",
				"{\"kind\":\"VICTIM_SUPPORT_REFERRAL\",\"organisationId\":\"" + narrow + "\",\"consent\":\"GIVEN\"}", 201)
			.path("id").asString());
		clients.send(wideUser, "GET", "/api/v1/incidents/" + incidentId, null, 200);
		clients.send(wideUser, "GET", "/api/v1/victims/" + victim, null, 200);

		// involved by the offer, but no covenant covers the victim for the narrow partner: 404 everywhere, never listed
		clients.send(narrowUser, "GET", "/api/v1/victims/" + victim, null, 404);
		clients.send(narrowUser, "GET", "/api/v1/victims/" + victim + "/support-offers", null, 404);
		clients.send(narrowUser, "PUT", "/api/v1/victims/" + victim + "/support-offers/" + offer + "/outcome",
				"{\"consent\":\"GIVEN\",\"outcome\":\"Gesprek gevoerd\"}", 404);
		clients.send(narrowUser, "GET", "/api/v1/incidents/" + incidentId, null, 404);
		assertThat(clients.send(narrowUser, "GET", "/api/v1/incidents", null, 200).toString()).doesNotContain(victimName);
		assertThat(clients.send(narrowUser, "GET", "/api/v1/victims", null, 200).toString()).doesNotContain(victimName);
		HttpTestClient narrowPages = signedIn(narrowUser);
		assertThat(narrowPages.get("/slachtoffers/" + victim).statusCode()).isEqualTo(404);
		// nor may it register victim data itself
		HttpResponse<String> refused = clients.raw(narrowUser, "POST", "/api/v1/incidents",
				incident.formatted(LocalDate.now().minusDays(1), victimName + "b"), null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("dekt slachtoffergegevens niet");

		// once a covenant covers victims for it, the same involvement reads
		covenants.record("Privacyconvenant slachtoffers smal " + UUID.randomUUID(), Set.of(new PartnerOrganisationId(narrow)),
				EnumSet.of(TargetGroup.VICTIM), "doelen", "grondslag", LocalDate.of(2020, 1, 1), null, null);
		clients.send(narrowUser, "GET", "/api/v1/victims/" + victim, null, 200);
		clients.send("secretariaat.demo", "GET", "/api/v1/victims/" + victim, null, 200);
	}

	private UUID careParty(String name) {
		PartnerOrganisationId id = partners.register(name + " " + UUID.randomUUID(), PartnerType.CARE);
		partners.recordDeclaration(id, partners.covenant().orElseThrow().id(), null, LocalDate.of(2019, 12, 1), null,
				LocalDate.of(2020, 1, 1), null, "test");
		return id.value();
	}

	private String professional(UUID organisation) {
		String username = "test.min." + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "Pia Partner", new PartnerOrganisationId(organisation), EnumSet.of(Role.PARTNER_PROFESSIONAL),
				PASSWORD);
		return username;
	}

	private UUID referral(String username, String surname, String bsn, LocalDate born) {
		JsonNode created = clients.send(username, "POST", "/api/v1/referrals", """
				{"kind":"REFERRAL","bsn":"%s","givenNames":"Johannes","surname":"%s","dateOfBirth":"%s","gender":"M",
				 "street":"Wisselstraat","houseNumber":"12","postalCode":"6411AB","city":"Heerlen",
				 "targetGroups":["PROLIFIC_OFFENDER"],"reason":"Overlast rond het station door %s",
				 "goal":"Plan op maat","personInformed":true}""".formatted(bsn, surname, born, surname), 201);
		UUID id = UUID.fromString(created.path("id").asString());
		clients.send("secretariaat.demo", "POST", "/api/v1/referrals/" + id + "/decision",
				"{\"outcome\":\"ACCEPTED\",\"reason\":\"Past in de aanpak\"}", 204);
		return id;
	}

	private HttpTestClient signedIn(String username) {
		return signedIn(username, PASSWORD);
	}

	private HttpTestClient signedIn(String username, String password) {
		HttpTestClient http = new HttpTestClient(port);
		http.login(username, password);
		return http;
	}

	private static String pdfText(HttpTestClient http, String path) throws IOException {
		HttpResponse<byte[]> response = http.getBytes(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document);
		}
	}
}
