package nl.veiligheidshuis.identity;

import static nl.veiligheidshuis.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login and bearer JWTs against a real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server:
 * discovery, authorize, token, JWKS and user info endpoints, signed tokens, PKCE checked). The flow runs
 * over real HTTP without a browser, as a browser would follow the redirects.
 */
@HouseIntegrationTest
class OidcIntegrationTest {

	private static final String ISSUER = "huis-idp";
	private static final String CLIENT_ID = "veiligheidshuis";
	private static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@DynamicPropertySource
	static void oidcProvider(DynamicPropertyRegistry properties) {
		properties.add("vh.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
		properties.add("vh.oidc.client-id", () -> CLIENT_ID);
		properties.add("vh.oidc.client-secret", () -> "test-geheim");
		properties.add("vh.oidc.provider-name", () -> "Keycloak Limburg");
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@LocalServerPort
	int port;

	private HttpTestClient http;
	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void the_login_page_offers_login_with_the_provider_next_to_the_local_form() {
		String page = http.get("/login").body();

		assertThat(page).contains("href=\"/oauth2/authorization/oidc\"").contains("Inloggen met Keycloak Limburg")
			.contains("id=\"username\"");
	}

	@Test
	void a_user_logs_in_at_the_provider_with_pkce_and_sees_their_name_and_organisation() {
		HttpResponse<String> start = http.get("/oauth2/authorization/oidc");
		assertThat(start.statusCode()).isEqualTo(302);
		String authorize = location(start);
		assertThat(authorize).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
		Map<String, String> query = query(authorize);
		assertThat(query.get("response_type")).isEqualTo("code");
		assertThat(query.get("client_id")).isEqualTo(CLIENT_ID);
		assertThat(query.get("code_challenge")).as("PKCE").matches("[A-Za-z0-9_-]{43}");
		assertThat(query.get("code_challenge_method")).isEqualTo("S256");
		assertThat(query.get("redirect_uri")).isEqualTo("http://localhost:" + port + "/login/oauth2/code/oidc");

		provider.enqueueCallback(user("olga-1", "o.devries", "Olga de Vries", List.of("INTERVENTION_MANAGER", "ONBEKEND"),
				"Gemeente Heerlen"));
		String callback = followLoginAtProvider(authorize);
		assertThat(callback).startsWith("http://localhost:" + port + "/login/oauth2/code/oidc?");

		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(callback)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(location(signedIn)).isEqualTo("http://localhost:" + port + "/");

		HttpResponse<String> home = http.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Olga de Vries").contains("Gemeente Heerlen").contains("href=\"/profiel\"");

		String profile = http.get("/profiel").body();
		assertThat(profile).contains("o.devries").contains("Interventiemanager")
			.contains("Via de inlogdienst van uw organisatie")
			.doesNotContain("id=\"token-naam\"");
	}

	@Test
	void a_user_without_a_known_role_is_refused_with_a_dutch_message() {
		assertRefused(user("piet-2", "p.jansen", "Piet Jansen", List.of("BEHEERDER"), "Gemeente Heerlen"));
	}

	@Test
	void a_user_without_a_known_organisation_is_refused_with_a_dutch_message() {
		assertRefused(user("kees-3", "k.bos", "Kees Bos", List.of("HOUSE_MANAGER"), "Onbekende Stichting"));
	}

	@Test
	void a_bearer_jwt_of_the_provider_gives_the_caller_its_roles_and_organisation() {
		String token = jwt(user("api-4", "koppeling", "Koppeling Politie", List.of("PARTNER_PROFESSIONAL"),
				"Politie regio Limburg Zuid"));

		HttpResponse<String> me = meWith(HttpTestClient.bearer(token));

		assertThat(me.statusCode()).isEqualTo(200);
		JsonNode user = json.readTree(me.body());
		assertThat(user.path("username").asString()).isEqualTo("koppeling");
		assertThat(user.path("displayName").asString()).isEqualTo("Koppeling Politie");
		assertThat(user.path("organisation").asString()).isEqualTo("Politie regio Limburg Zuid");
		assertThat(user.path("roles").get(0).asString()).isEqualTo("PARTNER_PROFESSIONAL");
		HttpResponse<String> rename = http.send(http.request("/api/v1/house")
			.header("Authorization", HttpTestClient.bearer(token))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ander huis\"}")));
		assertThat(rename.statusCode()).as("roles from the claims decide").isEqualTo(403);
	}

	@Test
	void expired_malformed_forged_foreign_and_roleless_jwts_are_refused_as_dutch_problems() {
		Map<String, Object> claims = Map.of("vh_roles", List.of("HOUSE_MANAGER"), "vh_organisation", "Gemeente Heerlen");
		String expired = provider.issueToken(ISSUER, "client",
				new DefaultOAuth2TokenCallback(ISSUER, "verlopen-5", "JWT", List.of("api"), claims, -3600)).serialize();
		String valid = jwt(new DefaultOAuth2TokenCallback(ISSUER, "geldig-6", "JWT", List.of("api"), claims, 3600));
		String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "b3ZlcmdlbWFha3Q";
		String foreign = provider.issueToken("ander-idp", "client",
				new DefaultOAuth2TokenCallback("ander-idp", "vreemd-7", "JWT", List.of("api"), claims, 3600)).serialize();
		String roleless = jwt(user("zonder-8", "zonder", "Zonder Rol", List.of(), "Gemeente Heerlen"));

		assertThat(meWith(HttpTestClient.bearer(valid)).statusCode()).isEqualTo(200);
		for (String token : List.of(expired, forged, foreign, roleless, "eyJhbGciOiJSUzI1NiJ9.e30.e30", "een.twee")) {
			JsonNode problem = assertProblem(meWith(HttpTestClient.bearer(token)), 401, "Niet aangemeld");
			assertThat(problem.path("detail").asString()).as(token).contains("token");
		}
	}

	private void assertRefused(DefaultOAuth2TokenCallback user) {
		String authorize = location(http.get("/oauth2/authorization/oidc"));
		provider.enqueueCallback(user);
		HttpResponse<String> callback = http.send(HttpRequest.newBuilder(URI.create(followLoginAtProvider(authorize))));

		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(location(callback)).isEqualTo("http://localhost:" + port + "/login?geweigerd");
		HttpResponse<String> page = http.get("/login?geweigerd");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("niet als gebruiker van dit Veiligheidshuis").doesNotContain("Exception");
		assertThat(http.get("/").statusCode()).as("not signed in").isEqualTo(302);
	}

	/** The provider signs the user in without a form and redirects back with a code. */
	private String followLoginAtProvider(String authorize) {
		HttpResponse<String> atProvider = http.send(HttpRequest.newBuilder(URI.create(authorize)));
		assertThat(atProvider.statusCode()).isEqualTo(302);
		return location(atProvider);
	}

	private static DefaultOAuth2TokenCallback user(String subject, String username, String name, List<String> roles,
			String organisation) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("preferred_username", username);
		claims.put("name", name);
		claims.put("vh_roles", roles);
		claims.put("vh_organisation", organisation);
		return new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600);
	}

	private static String jwt(DefaultOAuth2TokenCallback callback) {
		return provider.issueToken(ISSUER, "client", callback).serialize();
	}

	private HttpResponse<String> meWith(String authorization) {
		return http.send(http.request("/api/v1/me").header("Authorization", authorization));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static Map<String, String> query(String url) {
		return Arrays.stream(URI.create(url).getRawQuery().split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}
}
