package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/** The functional administrator manages accounts through the pages; bad input gets Dutch messages. */
@HouseIntegrationTest
class UserAdministrationIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	private HttpTestClient admin;
	private String organisation;

	@BeforeEach
	void signInAsAdministrator() {
		admin = new HttpTestClient(port);
		admin.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		organisation = partners.findByName("Politie regio Limburg Zuid").orElseThrow().value().toString();
	}

	@Test
	void invalid_input_is_shown_per_field_in_dutch_and_nothing_is_created() {
		String username = "nieuw." + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> response = admin.postForm("/beheer/gebruikers/nieuw", "/beheer/gebruikers",
				"username=" + username + "&displayName=&organisationId=&password=Wachtwoord2024!");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Het formulier bevat fouten.")
			.contains("id=\"displayName-fout\"")
			.contains("Dit veld is verplicht.")
			.contains("Kies minstens één rol.")
			.contains("Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden.")
			.contains("aria-describedby=\"displayName-fout\"");
		assertThat(accounts.exists(username)).isFalse();
	}

	@Test
	void a_new_account_can_log_in_and_a_disabled_one_cannot() {
		String username = "nieuw." + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> created = admin.postForm("/beheer/gebruikers/nieuw", "/beheer/gebruikers",
				"username=" + username + "&displayName=Nina+Nieuw&organisationId=" + organisation
						+ "&roles=PARTNER_PROFESSIONAL&password=" + HttpTestClient.encode("blauwe tram rijdt laat"));
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/beheer/gebruikers/[0-9a-f-]{36}");
		assertThat(admin.get(location.substring(location.indexOf("/beheer"))).body()).contains("De gebruiker is aangemaakt.");

		HttpTestClient newUser = new HttpTestClient(port);
		newUser.login(username, "blauwe tram rijdt laat");
		assertThat(newUser.get("/").body()).contains("Nina Nieuw").contains("Politie regio Limburg Zuid");

		String path = location.substring(location.indexOf("/beheer"));
		admin.postForm(path, path + "/uitschakelen", "");

		assertThat(newUser.get("/").statusCode()).isEqualTo(302);
		assertThat(admin.get("/beheer/toegangsreview.csv").body()).contains(username + ";Nina Nieuw;Politie regio Limburg Zuid")
			.contains("Uitgeschakeld");
	}

	@Test
	void the_administrator_cannot_disable_their_own_account() {
		UUID self = accounts.list().stream().filter(a -> a.username().equals("beheer.demo")).findFirst().orElseThrow().id();
		String path = "/beheer/gebruikers/" + self;

		admin.postForm(path, path + "/uitschakelen", "");

		assertThat(admin.get(path).body()).contains("U kunt uw eigen account niet uitschakelen.");
		assertThat(accounts.find(self).orElseThrow().enabled()).isTrue();
	}

	@Test
	void a_weak_new_password_is_refused_with_the_reason() {
		UUID id = accounts.list().stream().filter(a -> a.username().equals("stuurgroep.demo")).findFirst().orElseThrow().id();
		String path = "/beheer/gebruikers/" + id;

		admin.postForm(path, path + "/wachtwoord", "password=kort");

		assertThat(admin.get(path).body()).contains("Het wachtwoord moet minstens 12 tekens lang zijn.");
	}

	@Test
	void the_edit_page_offers_neither_the_user_name_nor_the_first_password_as_fields() {
		UUID id = accounts.list().stream().filter(a -> a.username().equals("im.demo")).findFirst().orElseThrow().id();

		String page = admin.get("/beheer/gebruikers/" + id).body();

		assertThat(page).contains("Ingrid Maas").doesNotContain("name=\"username\"").doesNotContain("Eerste wachtwoord");
	}

	@Test
	void an_unknown_account_is_404() {
		assertThat(admin.get("/beheer/gebruikers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
