package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;

/** The secretariat imports the police list through the page and reads the outcome in Dutch. */
@HouseIntegrationTest
class PoliceImportPageIntegrationTest {

	private static final Pattern REJECTS = Pattern.compile("href=\"(/import/politie/[0-9a-f-]+/ongeldige-regels\\.csv)\"");
	private static final Pattern ACTION = Pattern.compile("action=\"(/import/politie\\?_csrf=[^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void a_file_with_a_bad_row_is_refused_with_its_line_and_with_skip_invalid_the_rest_is_imported() {
		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String id = "P" + UUID.randomUUID().toString().substring(0, 8);
		byte[] csv = (String.join(",", PoliceAntecedentImport.COLUMNS) + "\n"
				+ id + "-1,,,Bakker,Kees,1985-06-01,M,Markt,1,6411 AA,Heerlen,2025-01-02,100,property\n"
				+ id + "-2,,,Visser,Anna,1985-13-01,V,Markt,2,6411 AA,Heerlen,2025-01-02,100,property\n")
			.getBytes(StandardCharsets.UTF_8);

		secretariat.postMultipart(action(secretariat), Map.of(), "bestand", "lijst.csv", "text/csv", csv);
		String refused = secretariat.get("/import/politie").body();
		assertThat(refused).contains("Er is niets geïmporteerd: 1 regel is ongeldig.")
			.contains("date_of_birth is geen datum");

		secretariat.postMultipart(action(secretariat), Map.of("skipInvalid", "true"), "bestand", "lijst.csv", "text/csv", csv);
		String done = secretariat.get("/import/politie").body();
		assertThat(done).contains("Import gereed: 2 regels gelezen, 1 nieuw, 0 al bekend, 1 ongeldig.")
			.contains("Nog te koppelen aan personen");

		Matcher link = REJECTS.matcher(done);
		assertThat(link.find()).as("the download link of the rejected rows").isTrue();
		HttpResponse<String> rejects = secretariat.get(link.group(1));
		assertThat(rejects.statusCode()).isEqualTo(200);
		assertThat(rejects.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(rejects.body()).contains("3,date_of_birth is geen datum").contains(id + "-2,,,Visser,Anna,1985-13-01");

		HttpTestClient manager = new HttpTestClient(port);
		manager.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(manager.get(link.group(1)).statusCode()).isEqualTo(403);
	}

	@Test
	void an_intervention_manager_may_not_import() {
		HttpTestClient manager = new HttpTestClient(port);
		manager.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> page = manager.get("/import/politie");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Geen toegang");
	}

	private static String action(HttpTestClient client) {
		Matcher matcher = ACTION.matcher(client.get("/import/politie").body());
		assertThat(matcher.find()).as("the upload form").isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}
}
