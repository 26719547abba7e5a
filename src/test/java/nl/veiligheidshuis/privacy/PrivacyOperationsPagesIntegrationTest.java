package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.privacy.PrivacyClients.Client;

/** The pages of legal holds and requests: for the secretariat and house manager, with Dutch errors; 404 for others. */
@HouseIntegrationTest
class PrivacyOperationsPagesIntegrationTest {

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

	@Test
	void the_demo_has_requests_and_a_legal_hold() {
		assertThat(jdbc.sql("SELECT count(*) FROM privacy_subject_request WHERE request_text LIKE '%(demo)%'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM privacy_legal_hold WHERE reason LIKE '%(demo)%'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void the_secretariat_places_a_hold_on_the_page_and_an_invalid_one_shows_every_problem_in_dutch() {
		Client client = new PrivacyClients(port, apiTokens, accounts, partners, rooms).referred("Paginahold");
		HttpTestClient http = new HttpTestClient(port);
		http.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> invalid = http.postForm("/privacy/bewaarplichten", "/privacy/bewaarplichten",
				"personId=&reason=kort");
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Geef de persoon op.").contains("Geef een reden van 10 tot 1000 tekens.");

		HttpResponse<String> placed = http.postForm("/privacy/bewaarplichten", "/privacy/bewaarplichten",
				"personId=" + client.personId() + "&reason=" + HttpTestClient.encode("Klacht in behandeling bij de ombudsman"));
		assertThat(placed.statusCode()).isEqualTo(302);
		String page = http.get("/privacy/bewaarplichten").body();
		assertThat(page).contains("De bewaarplicht is opgelegd.").contains(client.surname())
			.contains("Klacht in behandeling bij de ombudsman");
	}

	@Test
	void the_secretariat_registers_a_request_on_the_page_and_sees_its_deadline() {
		Client client = new PrivacyClients(port, apiTokens, accounts, partners, rooms).referred("Paginaverzoek");
		HttpTestClient http = new HttpTestClient(port);
		http.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		HttpResponse<String> registered = http.postForm("/privacy/verzoeken", "/privacy/verzoeken",
				"kind=ACCESS&personId=" + client.personId() + "&receivedOn=" + today + "&request=Inzage");
		assertThat(registered.statusCode()).isEqualTo(302);
		String location = registered.headers().firstValue("Location").orElseThrow();
		String detail = http.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(detail).contains("Verzoek om Inzage: ").contains(client.surname())
			.contains(today.plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))))
			.contains("inzage.pdf");
		assertThat(http.get("/privacy/verzoeken").body()).contains(client.surname());
	}

	@Test
	void partners_do_not_see_the_privacy_pages() {
		HttpTestClient http = new HttpTestClient(port);
		http.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(http.get("/privacy/verzoeken").statusCode()).isEqualTo(404);
		assertThat(http.get("/privacy/bewaarplichten").statusCode()).isEqualTo(404);
	}
}
