package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;

/**
 * For every role, which pages and API calls are allowed and which are denied. One row per path: the
 * roles that may use it (empty = every signed-in user). Every cell of the matrix is checked, and the
 * whole matrix is reported at once when cells are wrong.
 */
@HouseIntegrationTest
class AccessMatrixIntegrationTest {

	/** The demo account of each role. */
	private static final Map<Role, String> DEMO_ACCOUNT = Map.of(
			Role.INTERVENTION_MANAGER, "im.demo",
			Role.SECRETARIAT, "secretariaat.demo",
			Role.HOUSE_MANAGER, "manager.demo",
			Role.PARTNER_PROFESSIONAL, "politie.demo",
			Role.STEERING_GROUP_MEMBER, "stuurgroep.demo",
			Role.FUNCTIONAL_ADMINISTRATOR, "beheer.demo");

	private static final Set<Role> EVERYONE = Set.of();
	/** Pages for everyone but the steering group, who sees aggregates only (reports, finance; 404 elsewhere). */
	private static final Set<Role> ALL_BUT_STEERING_GROUP = Set.of(Role.INTERVENTION_MANAGER, Role.HOUSE_MANAGER,
			Role.SECRETARIAT, Role.PARTNER_PROFESSIONAL, Role.FUNCTIONAL_ADMINISTRATOR);
	private static final Set<Role> ADMINISTRATOR = Set.of(Role.FUNCTIONAL_ADMINISTRATOR);
	private static final Set<Role> REGISTER_EDITORS = Set.of(Role.FUNCTIONAL_ADMINISTRATOR, Role.HOUSE_MANAGER);
	/** The person registry: the house's own roles and partner professionals, never steering group or administrators. */
	private static final Set<Role> PERSON_READERS = Set.of(Role.INTERVENTION_MANAGER, Role.HOUSE_MANAGER,
			Role.SECRETARIAT, Role.PARTNER_PROFESSIONAL);

	/** Reports and finance: aggregates only. */
	private static final Set<Role> REPORT_READERS = Set.of(Role.HOUSE_MANAGER, Role.SECRETARIAT,
			Role.STEERING_GROUP_MEMBER);

	/** Pages: path → roles allowed. */
	private static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();
	/** API calls: "METHOD path" → roles allowed. */
	private static final Map<String, Set<Role>> API = new LinkedHashMap<>();

	static {
		PAGES.put("/", EVERYONE);
		PAGES.put("/personen", PERSON_READERS);
		PAGES.put("/trajecten", PERSON_READERS);
		PAGES.put("/trajecten/werkvoorraad", Set.of(Role.INTERVENTION_MANAGER, Role.HOUSE_MANAGER));
		PAGES.put("/trajecten/nieuw", Set.of(Role.HOUSE_MANAGER));
		PAGES.put("/agenda", PERSON_READERS);
		PAGES.put("/agenda/nieuw", Set.of(Role.SECRETARIAT, Role.HOUSE_MANAGER));
		PAGES.put("/slachtoffers", PERSON_READERS);
		PAGES.put("/slachtoffers/incidenten", PERSON_READERS);
		PAGES.put("/slachtoffers/huiselijk-geweld", PERSON_READERS);
		PAGES.put("/slachtoffers/vroegsignalering", PERSON_READERS);
		PAGES.put("/rapportages", REPORT_READERS);
		PAGES.put("/financien/begroting/2008", REPORT_READERS);
		PAGES.put("/financien/verdeling", REPORT_READERS);
		PAGES.put("/beheer", ADMINISTRATOR);
		PAGES.put("/beheer/gebruikers", ADMINISTRATOR);
		PAGES.put("/beheer/gebruikers/nieuw", ADMINISTRATOR);
		PAGES.put("/beheer/toegangsreview", ADMINISTRATOR);
		PAGES.put("/beheer/toegangsreview.csv", ADMINISTRATOR);
		PAGES.put("/beheer/auditlog", ADMINISTRATOR);
		PAGES.put("/profiel", EVERYONE);
		for (String register : List.of("/partners", "/partners/convenant", "/partners/gemeenten", "/partners/ruimten",
				"/privacyconvenanten")) {
			PAGES.put(register, ALL_BUT_STEERING_GROUP);
		}
		PAGES.put("/partners/nieuw", REGISTER_EDITORS);
		PAGES.put("/import/politie", Set.of(Role.SECRETARIAT, Role.HOUSE_MANAGER));
		PAGES.put("/selectie", Set.of(Role.SECRETARIAT, Role.HOUSE_MANAGER));
		PAGES.put("/selectie/regelsets", Set.of(Role.SECRETARIAT, Role.HOUSE_MANAGER));
		PAGES.put("/aanmeldingen", PERSON_READERS);
		PAGES.put("/aanmeldingen/nieuw", PERSON_READERS);
		PAGES.put("/aanmeldingen/triage", Set.of(Role.SECRETARIAT, Role.HOUSE_MANAGER));
		PAGES.put("/privacyconvenanten/nieuw", REGISTER_EDITORS);
		API.put("GET /api/v1/house", EVERYONE);
		API.put("GET /api/v1/incidents", PERSON_READERS);
		API.put("GET /api/v1/victims", PERSON_READERS);
		API.put("GET /api/v1/domestic-violence-cases", PERSON_READERS);
		API.put("GET /api/v1/early-signals", PERSON_READERS);
		API.put("GET /api/v1/me", EVERYONE);
		API.put("PUT /api/v1/house", ADMINISTRATOR);
		API.put("GET /actuator/prometheus", ADMINISTRATOR);
		API.put("GET /api/v1/partners", EVERYONE);
		API.put("GET /api/v1/municipalities", EVERYONE);
		API.put("GET /api/v1/privacy-covenants", EVERYONE);
		API.put("POST /api/v1/persons/searches", PERSON_READERS);
		API.put("POST /api/v1/known-person-checks", PERSON_READERS);
		API.put("GET /api/v1/referrals", PERSON_READERS);
		API.put("GET /api/v1/trajectories", PERSON_READERS);
		API.put("GET /api/v1/finance/budgets/2008", REPORT_READERS);
		API.put("GET /api/v1/reports/steering-group", REPORT_READERS);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Test
	void every_role_reaches_exactly_the_pages_and_api_calls_it_may() {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<Role, String> account : DEMO_ACCOUNT.entrySet()) {
			Role role = account.getKey();
			HttpTestClient browser = new HttpTestClient(port);
			browser.login(account.getValue(), HouseIntegrationTest.DEMO_PASSWORD);
			PAGES.forEach((path, allowed) -> {
				int status = browser.get(path).statusCode();
				check(wrong, role, path, allowed, status, 200, refused(role));
			});
			HttpTestClient api = new HttpTestClient(port);
			String credentials = DemoApiTokens.bearer(apiTokens, accounts, account.getValue());
			API.forEach((call, allowed) -> {
				String[] parts = call.split(" ");
				var request = api.request(parts[1]).header("Authorization", credentials);
				if (parts[0].equals("PUT")) {
					request.header("Content-Type", "application/json")
						.PUT(BodyPublishers.ofString("{\"name\":\"Veiligheidshuis Heerlen\"}"));
				}
				else if (parts[0].equals("POST")) {
					// person data only in the body: a surname and date of birth nobody in the demo has
					request.header("Content-Type", "application/json")
						.POST(BodyPublishers.ofString("{\"surname\":\"Matrixpersoon\",\"dateOfBirth\":\"1900-01-01\"}"));
				}
				check(wrong, role, call, allowed, api.send(request).statusCode(), 200, 403);
			});
		}
		assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
	}

	/** Every change of the register is a POST: allowed to the editors (a redirect), refused to every other role. */
	@Test
	void only_the_functional_administrator_and_the_house_manager_change_the_register() {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<Role, String> account : DEMO_ACCOUNT.entrySet()) {
			HttpTestClient browser = new HttpTestClient(port);
			browser.login(account.getValue(), HouseIntegrationTest.DEMO_PASSWORD);
			String room = "Matrixkamer " + account.getKey().name();
			int status = browser.postForm("/partners/ruimten", "/partners/ruimten",
					"name=" + HttpTestClient.encode(room) + "&kind=OFFICE&capacity=2").statusCode();
			check(wrong, account.getKey(), "POST /partners/ruimten", REGISTER_EDITORS, status, 302, refused(account.getKey()));
			String partner = "Matrixpartner " + account.getKey().name();
			status = browser.postForm("/partners", "/partners", "name=" + HttpTestClient.encode(partner)
					+ "&type=OTHER&presence=REMOTE").statusCode();
			check(wrong, account.getKey(), "POST /partners", REGISTER_EDITORS, status, 302, refused(account.getKey()));
		}
		assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
	}

	@Test
	void an_anonymous_visitor_reaches_no_page_and_no_api_call() {
		HttpTestClient anonymous = new HttpTestClient(port);
		List<String> wrong = new ArrayList<>();
		PAGES.keySet().forEach(path -> {
			var response = anonymous.get(path);
			if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/login")) {
				wrong.add(path + " → " + response.statusCode());
			}
		});
		API.keySet().forEach(call -> {
			int status = anonymous.get(call.split(" ")[1]).statusCode();
			if (status != 401) {
				wrong.add(call + " → " + status);
			}
		});
		assertThat(wrong).as("paths an anonymous visitor reaches").isEmpty();
	}

	/** A refused page: 404 for the steering group (not told the page exists), 403 for everyone else. */
	private static int refused(Role role) {
		return role == Role.STEERING_GROUP_MEMBER ? 404 : 403;
	}

	private static void check(List<String> wrong, Role role, String path, Set<Role> allowed, int status, int okStatus,
			int deniedStatus) {
		boolean mayUse = allowed.isEmpty() || allowed.contains(role);
		int expected = mayUse ? okStatus : deniedStatus;
		if (status != expected) {
			wrong.add(role + " " + path + ": expected " + expected + ", got " + status);
		}
	}
}
