package nl.veiligheidshuis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * The login as it runs outside demo mode: password, then TOTP (enrolment on first login), lock-out,
 * session fixation, idle and absolute timeouts, and a disabled account losing its session.
 */
@HouseIntegrationTest
@TestPropertySource(properties = "vh.security.totp-required=true")
class LoginSecurityIntegrationTest {

	private static final String PASSWORD = "lange zin als wachtwoord";
	private static final Pattern SECRET = Pattern.compile("id=\"totp-sleutel\">([A-Z2-7 ]+)<");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	JdbcClient jdbc;

	private HttpTestClient http;
	private String username;
	private UUID userId;

	@BeforeEach
	void newUser() {
		http = new HttpTestClient(port);
		username = "test." + UUID.randomUUID().toString().substring(0, 8);
		userId = accounts.create(username, "Tessa Test", partners.findByName("Gemeente Heerlen").orElseThrow(),
				EnumSet.of(Role.INTERVENTION_MANAGER), PASSWORD);
	}

	@Test
	void first_login_enrols_the_second_factor_with_a_qr_code_and_then_lets_the_user_in() {
		HttpResponse<String> password = http.login(username, PASSWORD);
		assertThat(password.headers().firstValue("Location").orElseThrow()).endsWith("/login/tweede-factor/instellen");

		HttpResponse<String> enrolPage = http.get("/login/tweede-factor/instellen");
		assertThat(enrolPage.body()).contains("<svg").contains("QR-code voor de authenticator-app");
		String secret = secretOn(enrolPage.body());

		HttpResponse<String> enrolled = enrol(secret, Totp.code(secret, Totp.step(Instant.now())));
		assertThat(enrolled.headers().firstValue("Location").orElseThrow()).endsWith("/");
		assertThat(http.get("/").body()).contains("Tessa Test").contains("Gemeente Heerlen");
	}

	@Test
	void halfway_through_the_login_nothing_but_the_second_factor_is_reachable() {
		http.login(username, PASSWORD);

		HttpResponse<String> home = http.get("/");

		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login/tweede-factor");
		assertThat(http.get("/login/tweede-factor/instellen").body()).doesNotContain("Tessa Test");
	}

	@Test
	void a_totp_code_is_usable_once() {
		String secret = enrolAndLogOut();
		long step = Totp.step(Instant.now());

		http.login(username, PASSWORD);
		HttpResponse<String> first = verify(Totp.code(secret, step + 1));
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/");
		logout();

		http.login(username, PASSWORD);
		HttpResponse<String> replay = verify(Totp.code(secret, step + 1));
		assertThat(replay.headers().firstValue("Location").orElseThrow()).endsWith("/login/tweede-factor?fout");
		HttpResponse<String> older = verify(Totp.code(secret, step));
		assertThat(older.headers().firstValue("Location").orElseThrow()).endsWith("/login/tweede-factor?fout");
		assertThat(http.get("/login/tweede-factor?fout").body()).contains("Deze code is niet juist of al gebruikt.");
	}

	@Test
	void ten_failed_passwords_lock_the_account_with_the_same_message_as_an_unknown_account() {
		for (int attempt = 0; attempt < 10; attempt++) {
			assertThat(http.login(username, "verkeerd wachtwoord " + attempt).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		HttpResponse<String> rightPasswordWhileLocked = http.login(username, PASSWORD);
		HttpResponse<String> unknownAccount = http.login("niemand." + UUID.randomUUID(), PASSWORD);

		assertThat(rightPasswordWhileLocked.headers().firstValue("Location"))
			.isEqualTo(unknownAccount.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(accounts.find(userId).orElseThrow().locked()).isTrue();

		accounts.unlock(userId);
		assertThat(http.login(username, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/login/tweede-factor/instellen");
	}

	@Test
	void a_lock_ends_by_itself_after_the_cool_down() {
		for (int attempt = 0; attempt < 10; attempt++) {
			http.login(username, "verkeerd wachtwoord " + attempt);
		}
		jdbc.sql("UPDATE identity_user_account SET locked_until = now() - interval '1 second' WHERE id = :id")
			.param("id", userId)
			.update();

		assertThat(http.login(username, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/login/tweede-factor/instellen");
	}

	@Test
	void wrong_totp_codes_count_towards_the_lock_out() {
		String secret = enrolAndLogOut();
		http.login(username, PASSWORD);
		String wrong = Totp.code(secret, Totp.step(Instant.now()) + 5);
		for (int attempt = 0; attempt < 9; attempt++) {
			verify(wrong);
		}

		HttpResponse<String> tenth = verify(wrong);

		assertThat(tenth.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(accounts.find(userId).orElseThrow().locked()).isTrue();
		assertThat(http.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void the_session_id_changes_at_login() {
		http.get("/login");
		String before = http.cookie("SESSION").orElseThrow();

		String secret = secretAfterPassword();
		String halfway = http.cookie("SESSION").orElseThrow();
		enrol(secret, Totp.code(secret, Totp.step(Instant.now())));
		String after = http.cookie("SESSION").orElseThrow();

		assertThat(halfway).isNotEqualTo(before);
		assertThat(after).isNotEqualTo(halfway).isNotEqualTo(before);
		assertThat(http.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void an_idle_session_expires() {
		signIn();
		jdbc.sql("""
				UPDATE spring_session SET last_access_time = last_access_time - 16 * 60 * 1000,
				                          expiry_time = expiry_time - 16 * 60 * 1000
				WHERE principal_name = :username""")
			.param("username", username)
			.update();

		assertThat(http.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void an_active_session_ends_after_the_absolute_timeout() {
		signIn();
		jdbc.sql("UPDATE spring_session SET creation_time = creation_time - 13 * 3600 * 1000 WHERE principal_name = :username")
			.param("username", username)
			.update();

		assertThat(http.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login?verlopen");
		assertThat(http.get("/login?verlopen").body()).contains("Uw sessie is verlopen.");
	}

	@Test
	void disabling_an_account_ends_its_sessions() {
		signIn();
		assertThat(http.get("/").statusCode()).isEqualTo(200);

		accounts.disable(userId);

		assertThat(http.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(http.login(username, PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
	}

	@Test
	void logout_ends_the_session() {
		signIn();
		logout();

		assertThat(http.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :username")
			.param("username", username)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void the_login_is_audited_once_every_factor_is_given_and_a_wrong_code_as_a_failed_login() {
		String secret = secretAfterPassword();
		assertThat(audited("LOGIN", "ALLOWED")).as("a password alone is not a login").isZero();

		enrol(secret, "000000");
		assertThat(audited("LOGIN_FAILED", "DENIED")).isEqualTo(1);

		enrol(secret, Totp.code(secret, Totp.step(Instant.now())));
		assertThat(audited("LOGIN", "ALLOWED")).isEqualTo(1);
	}

	@Test
	void every_response_carries_the_security_headers() {
		for (HttpResponse<String> response : new HttpResponse[] { http.get("/login"), http.get("/api/v1/house"),
				http.get("/bestaat-niet"), http.get("/actuator/health") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
			assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		}
	}

	private long audited(String action, String result) {
		return jdbc.sql("SELECT count(*) FROM privacy_audit_record WHERE action = :action AND result = :result AND actor_name = :name")
			.param("action", action)
			.param("result", result)
			.param("name", username)
			.query(Long.class)
			.single();
	}

	private void signIn() {
		String secret = secretAfterPassword();
		enrol(secret, Totp.code(secret, Totp.step(Instant.now())));
	}

	private String enrolAndLogOut() {
		String secret = secretAfterPassword();
		enrol(secret, Totp.code(secret, Totp.step(Instant.now()) - 1));
		logout();
		return secret;
	}

	private String secretAfterPassword() {
		http.login(username, PASSWORD);
		return secretOn(http.get("/login/tweede-factor/instellen").body());
	}

	private HttpResponse<String> enrol(String secret, String code) {
		return http.postForm("/login/tweede-factor/instellen", "/login/tweede-factor/instellen", "code=" + code);
	}

	private HttpResponse<String> verify(String code) {
		return http.postForm("/login/tweede-factor", "/login/tweede-factor", "code=" + code);
	}

	private void logout() {
		http.postForm("/", "/logout", "");
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the enrolment page shows the secret").isTrue();
		return matcher.group(1).replace(" ", "");
	}
}
