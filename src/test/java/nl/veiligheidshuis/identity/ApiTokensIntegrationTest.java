package nl.veiligheidshuis.identity;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal API tokens: made on the profile page and shown once, stored as a hash, used as a bearer token
 * on the API, revoked; and every kind of bad credential is a Dutch 401 problem+json.
 */
@HouseIntegrationTest
class ApiTokensIntegrationTest {

	private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"token-waarde\">(vh_[A-Za-z0-9_-]+)<");
	private static final Pattern REVOKE_ACTION = Pattern.compile("action=\"(/profiel/api-tokens/[0-9a-f-]+/intrekken)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Value("${vh.demo.api-tokens-file}")
	Path demoTokensFile;

	private HttpTestClient http;
	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void a_user_makes_a_token_on_the_profile_page_sees_it_once_uses_it_and_revokes_it() {
		http.login("reclassering.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String expiry = LocalDate.now().plusMonths(6).toString();

		HttpResponse<String> created = http.postForm("/profiel", "/profiel/api-tokens",
				"name=" + HttpTestClient.encode("Rapportagescript") + "&expiresOn=" + expiry);
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/profiel");

		String page = http.get("/profiel").body();
		Matcher shown = SHOWN_TOKEN.matcher(page);
		assertThat(shown.find()).as("the new token on the page").isTrue();
		String token = shown.group(1);
		assertThat(token).hasSizeGreaterThanOrEqualTo(3 + 43);
		assertThat(page).contains("maar één keer getoond");
		assertThat(lastUsed(page, "Rapportagescript")).isEqualTo("Nog niet gebruikt");
		assertThat(http.get("/profiel").body()).as("shown once").doesNotContain(token).contains("Rapportagescript");
		assertThat(jdbc.sql("SELECT count(*) FROM identity_api_token WHERE token_hash LIKE :part")
			.param("part", "%" + token.substring(3) + "%").query(Long.class).single()).as("stored only as a hash").isZero();

		HttpTestClient apiClient = new HttpTestClient(port);
		HttpResponse<String> me = apiClient.send(apiClient.request("/api/v1/me").header("Authorization", HttpTestClient.bearer(token)));
		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode user = json.readTree(me.body());
		assertThat(user.path("username").asString()).isEqualTo("reclassering.demo");
		assertThat(user.path("organisation").asString()).isEqualTo("Stichting Reclassering Nederland regio Limburg");
		assertThat(me.headers().firstValue("Set-Cookie")).as("no session for API calls").isEmpty();
		assertThat(lastUsed(http.get("/profiel").body(), "Rapportagescript")).matches("\\d{1,2} \\p{L}+ \\d{4} \\d{2}:\\d{2}");

		Matcher revoke = REVOKE_ACTION.matcher(http.get("/profiel").body());
		assertThat(revoke.find()).isTrue();
		HttpResponse<String> revoked = http.postForm("/profiel", revoke.group(1), "");
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(http.get("/profiel").body()).contains("Het token is ingetrokken").contains("Ingetrokken");

		assertUnauthorized(http.send(http.request("/api/v1/me").header("Authorization", HttpTestClient.bearer(token))));
	}

	@Test
	void the_token_form_shows_dutch_errors_tied_to_their_fields() {
		http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> response = http.postForm("/profiel", "/profiel/api-tokens",
				"name=&expiresOn=" + LocalDate.now().plusYears(1).plusDays(1));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Het token is niet gemaakt")
			.contains("id=\"token-naam-fout\"")
			.contains("Dit veld is verplicht.")
			.containsPattern("id=\"token-naam\"[^>]*aria-describedby=\"token-naam-fout token-naam-uitleg\"")
			.contains("id=\"token-vervaldatum-fout\"")
			.contains("Kies een datum na vandaag en uiterlijk")
			.containsPattern("id=\"token-vervaldatum\"[^>]*aria-invalid=\"true\"")
			.doesNotContain("id=\"token-waarde\"");

		HttpResponse<String> past = http.postForm("/profiel", "/profiel/api-tokens",
				"name=Oud&expiresOn=" + LocalDate.now());
		assertThat(past.body()).contains("Kies een datum na vandaag");
		HttpResponse<String> noDate = http.postForm("/profiel", "/profiel/api-tokens", "name=Oud&expiresOn=morgen");
		assertThat(noDate.body()).contains("Vul een geldige datum in.");
	}

	@Test
	void a_user_cannot_revoke_someone_elses_token() {
		String othersToken = DemoTokens.value(apiTokens, accounts, "politie.demo");
		java.util.UUID id = apiTokens.of((SignedInUser) accounts.loadUserByUsername("politie.demo")).getFirst().id();
		http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		HttpResponse<String> response = http.postForm("/profiel", "/profiel/api-tokens/" + id + "/intrekken", "");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(http.send(http.request("/api/v1/me").header("Authorization", HttpTestClient.bearer(othersToken)))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void an_expired_token_is_refused() {
		String token = DemoTokens.value(apiTokens, accounts, "manager.demo");
		assertThat(meWith(HttpTestClient.bearer(token)).statusCode()).isEqualTo(200);
		jdbc.sql("UPDATE identity_api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256(convert_to(:token, 'UTF8')), 'hex')")
			.param("token", token)
			.update();

		assertUnauthorized(meWith(HttpTestClient.bearer(token)));
	}

	@Test
	void the_token_of_a_disabled_account_is_refused() {
		String token = DemoTokens.value(apiTokens, accounts, "stuurgroep.demo");
		try {
			jdbc.sql("UPDATE identity_user_account SET enabled = false WHERE username = 'stuurgroep.demo'").update();
			assertUnauthorized(meWith(HttpTestClient.bearer(token)));
		}
		finally {
			jdbc.sql("UPDATE identity_user_account SET enabled = true WHERE username = 'stuurgroep.demo'").update();
		}
		assertThat(meWith(HttpTestClient.bearer(token)).statusCode()).isEqualTo(200);
	}

	@Test
	void unknown_malformed_oversized_and_basic_credentials_are_refused_as_dutch_problems() {
		assertUnauthorized(meWith(HttpTestClient.bearer("vh_" + "A".repeat(43))));
		assertUnauthorized(meWith(HttpTestClient.bearer("eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24.c2lnbmF0dXJl")));
		assertUnauthorized(meWith("Bearer met spaties en @tekens"));
		assertUnauthorized(meWith(HttpTestClient.bearer("vh_" + "A".repeat(ApiAuthentication.MAX_AUTHORIZATION_LENGTH))));
		HttpResponse<String> basic = meWith(HttpTestClient.basic("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD));
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void a_token_may_be_valid_for_at_most_a_year() {
		SignedInUser user = (SignedInUser) accounts.loadUserByUsername("im.demo");

		assertThat(apiTokens.isAllowedExpiryDate(LocalDate.now().plusYears(1))).isTrue();
		assertThat(apiTokens.isAllowedExpiryDate(LocalDate.now().plusYears(1).plusDays(1))).isFalse();
		assertThat(apiTokens.isAllowedExpiryDate(LocalDate.now())).isFalse();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> apiTokens.create(user, "Te lang", LocalDate.now().plusYears(2)));
	}

	@Test
	void demo_mode_writes_one_working_token_per_demo_account_to_an_owner_only_file() throws Exception {
		assertThat(Files.getPosixFilePermissions(demoTokensFile))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		String line = Files.readAllLines(demoTokensFile).stream()
			.filter(text -> text.startsWith("beheer.demo "))
			.findFirst()
			.orElseThrow();
		String token = line.substring(line.lastIndexOf(' ') + 1);

		HttpResponse<String> metrics = http.send(http.request("/actuator/prometheus")
			.header("Authorization", HttpTestClient.bearer(token)));

		assertThat(Files.readAllLines(demoTokensFile).stream().filter(text -> text.contains(".demo "))).hasSize(IdentityDemoData.DEMO_USERS.size());
		assertThat(metrics.statusCode()).isEqualTo(200);
	}

	@Test
	void without_an_oidc_provider_the_login_page_shows_only_the_local_form() {
		String page = http.get("/login").body();

		assertThat(page).contains("id=\"username\"").doesNotContain("Inloggen met").doesNotContain("/oauth2/authorization");
		assertThat(http.get("/oauth2/authorization/oidc").statusCode()).isEqualTo(302);
		assertThat(http.get("/oauth2/authorization/oidc").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	/** The "last used" cell of the token with this name in the profile page's table. */
	private static String lastUsed(String page, String tokenName) {
		Matcher row = Pattern.compile(Pattern.quote(tokenName) + "</td>\\s*(?:<td[^>]*>[^<]*</td>\\s*){2}<td[^>]*>([^<]*)</td>")
			.matcher(page);
		assertThat(row.find()).as("row of token %s", tokenName).isTrue();
		return row.group(1);
	}

	private HttpResponse<String> meWith(String authorization) {
		return http.send(http.request("/api/v1/me").header("Authorization", authorization));
	}

	private static void assertUnauthorized(HttpResponse<String> response) {
		assertProblem(response, 401, "Niet aangemeld");
	}

	/** A fresh token of a demo account, as its bare value. */
	private static final class DemoTokens {

		static String value(ApiTokens apiTokens, UserAccounts accounts, String username) {
			return nl.veiligheidshuis.DemoApiTokens.bearer(apiTokens, accounts, username).substring("Bearer ".length());
		}
	}
}
