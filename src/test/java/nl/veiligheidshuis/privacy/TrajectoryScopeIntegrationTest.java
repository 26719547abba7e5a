package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;

/**
 * Need-to-know on every trajectory-scoped path: every GET mapping of the application with a
 * {@code {trajectoryId}} variable — pages, API, exports, PDFs, today and in every later issue — answers
 * 404 to a professional of a partner that does not take part, and the refusal is audited. The trajectory is
 * real (an urgent start from a referral of probation, assigned to the demo intervention manager), so the
 * trajectories module's own pages answer 200 to those who may read. Also the break-glass path of the
 * secretariat.
 */
@HouseIntegrationTest
class TrajectoryScopeIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	private UUID trajectory;
	private UUID client;

	@BeforeEach
	void aTrajectoryOfTheInterventionManagerReferredByProbation() {
		HttpTestClient http = new HttpTestClient(port);
		TrajectoriesIntegrationTest.Accepted accepted = TrajectoriesIntegrationTest.acceptedReferral(http, apiTokens, accounts,
				TrajectoriesIntegrationTest.unique("Scopetest"), "reclassering.demo");
		trajectory = TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, accepted, "");
		HttpResponse<String> assigned = http.send(http.request("/api/v1/trajectories/" + trajectory + "/assignment")
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "manager.demo"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"{\"interventionManagerId\":\"" + idOf("im.demo") + "\",\"version\":0}")));
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
		client = accepted.personId();
	}

	@Test
	void every_trajectory_scoped_path_is_404_for_a_partner_that_does_not_take_part_and_open_to_those_who_may() {
		List<String> paths = trajectoryScopedGetPaths();
		assertThat(paths).as("the trajectory-scoped paths found").hasSizeGreaterThanOrEqualTo(4);

		List<String> wrong = new ArrayList<>();
		Map<String, Integer> expected = Map.of("politie.demo", 404, "stuurgroep.demo", 404, "beheer.demo", 404,
				"im.demo", 200, "manager.demo", 200, "reclassering.demo", 200);
		expected.forEach((username, status) -> {
			HttpTestClient browser = new HttpTestClient(port);
			browser.login(username, HouseIntegrationTest.DEMO_PASSWORD);
			String token = DemoApiTokens.bearer(apiTokens, accounts, username);
			for (String path : paths) {
				String concrete = path.replace("{trajectoryId}", trajectory.toString());
				HttpResponse<String> response = concrete.startsWith("/api/")
						? browser.send(browser.request(concrete).header("Authorization", token))
						: browser.get(concrete);
				// a contract (and its scan) exists only after acceptance: here readers get 404 too (OfferToClosureIntegrationTest reads them)
				int expectedStatus = status == 200 && (path.endsWith("/{trajectoryId}/contract") || path.endsWith("/contract/scan")) ? 404 : status;
				if (response.statusCode() != expectedStatus) {
					wrong.add(username + " " + path + ": expected " + expectedStatus + ", got " + response.statusCode());
				}
			}
		});
		assertThat(wrong).as("trajectory-scoped paths that break need-to-know").isEmpty();
		assertThat(deniedReadsOfClient()).as("every refusal is audited for the client")
			.isGreaterThanOrEqualTo(3L * paths.size());
	}

	@Test
	void a_trajectory_that_does_not_exist_and_one_that_may_not_be_seen_look_the_same() {
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> hidden = police.get("/test-trajecten/" + trajectory);
		HttpResponse<String> absent = police.get("/test-trajecten/" + UUID.randomUUID());
		HttpResponse<String> malformed = police.get("/test-trajecten/geen-id");

		assertThat(List.of(hidden.statusCode(), absent.statusCode(), malformed.statusCode())).containsOnly(404);
		assertThat(main(hidden.body())).isEqualTo(main(absent.body())).contains("Niet gevonden");
	}

	@Test
	void the_secretariat_breaks_the_glass_with_a_reason_and_the_manager_and_house_manager_are_told() {
		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> dossier = secretariat.get("/test-trajecten/" + trajectory);
		assertThat(dossier.statusCode()).isEqualTo(302);
		assertThat(dossier.headers().firstValue("Location").orElseThrow()).endsWith("/noodtoegang/" + trajectory);
		String form = "/noodtoegang/" + trajectory;
		assertThat(secretariat.get(form).body()).contains("Noodtoegang tot een dossier");

		HttpResponse<String> tooShort = secretariat.postForm(form, form, "reason=kort");
		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Vul een reden in van 10 tot 1000 tekens.").contains("aria-invalid=\"true\"");
		assertThat(secretariat.get("/test-trajecten/" + trajectory).statusCode()).isEqualTo(302);

		HttpResponse<String> opened = secretariat.postForm(form, form,
				"reason=" + HttpTestClient.encode("Politie belt over acute dreiging, interventiemanager ziek"));
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/trajecten/" + trajectory);
		assertThat(secretariat.get("/test-trajecten/" + trajectory).statusCode()).isEqualTo(200);
		assertThat(secretariat.send(secretariat.request("/api/v1/test-trajectories/" + trajectory)
			.header("Authorization", DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo"))).statusCode())
			.as("the grant is for the dossier pages, and the API never offers break-glass").isEqualTo(200);

		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'BREAK_GLASS' AND actor_name = 'secretariaat.demo' AND person_id = :client""")
			.param("client", client).query(Long.class).single()).isEqualTo(1);
		for (String told : List.of("im.demo", "manager.demo")) {
			HttpTestClient inbox = new HttpTestClient(port);
			inbox.login(told, HouseIntegrationTest.DEMO_PASSWORD);
			assertThat(inbox.get("/").body()).contains("Sanne Vos (Veiligheidshuis Heerlen (bedrijfsbureau)) heeft noodtoegang")
				.contains("Politie belt over acute dreiging");
		}

		jdbc.sql("UPDATE privacy_break_glass SET expires_at = now() - interval '1 second' WHERE trajectory_id = :id")
			.param("id", trajectory).update();
		assertThat(secretariat.get("/test-trajecten/" + trajectory).statusCode()).as("the access is time-boxed").isEqualTo(302);
	}

	@Test
	void only_who_may_break_the_glass_gets_the_form() {
		HttpTestClient police = new HttpTestClient(port);
		police.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);

		assertThat(police.get("/noodtoegang/" + trajectory).statusCode()).isEqualTo(404);
		assertThat(police.postForm("/", "/noodtoegang/" + trajectory, "reason=" + HttpTestClient.encode("ik wil het toch zien"))
			.statusCode()).isEqualTo(404);
	}

	private List<String> trajectoryScopedGetPaths() {
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			// The break-glass form is itself trajectory-scoped, but only for who may break the glass: tested below.
			info.getPatternValues().stream()
				.filter(path -> path.contains("{trajectoryId}") && !path.equals(BreakGlassController.PATH))
				.forEach(paths::add);
		}
		return paths;
	}

	/** The page's content, without the header (whose CSRF token differs per response). */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private long deniedReadsOfClient() {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE action = 'READ' AND result = 'DENIED' AND person_id = :client""")
			.param("client", client).query(Long.class).single();
	}

	private UUID idOf(String username) {
		return accounts.list().stream().filter(account -> account.username().equals(username)).findFirst().orElseThrow().id();
	}
}
