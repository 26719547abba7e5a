package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;

/** Over real HTTP: logins and logouts are audited; the audit log page is for the functional administrator. */
@HouseIntegrationTest
class AuditLogPageIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	private HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void a_login_is_audited_with_the_account_origin_and_the_trace_id_of_the_request() {
		HttpResponse<String> login = http.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);

		AuditRecord record = latest("LOGIN", "manager.demo").orElseThrow();
		assertThat(record.actorId()).isNotNull();
		assertThat(record.actorRoles()).isEqualTo("HOUSE_MANAGER");
		assertThat(record.organisationName()).isEqualTo("Gemeente Heerlen");
		assertThat(record.purpose()).isEqualTo("AUTHENTICATION");
		assertThat(record.result()).isEqualTo("ALLOWED");
		assertThat(record.origin()).isEqualTo("127.0.0.1");
		assertThat(record.traceId()).isEqualTo(login.headers().firstValue("Trace-Id").orElseThrow());
	}

	@Test
	void a_failed_login_is_audited_once_with_the_name_as_typed_and_no_account() {
		long before = count("LOGIN_FAILED");

		http.login("bestaat.niet", "fout-wachtwoord-123");

		assertThat(count("LOGIN_FAILED") - before).isEqualTo(1);
		AuditRecord record = latest("LOGIN_FAILED", "bestaat.niet").orElseThrow();
		assertThat(record.actorId()).isNull();
		assertThat(record.actorRoles()).isEmpty();
		assertThat(record.result()).isEqualTo("DENIED");
	}

	@Test
	void a_logout_is_audited() {
		http.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		long before = count("LOGOUT");

		HttpResponse<String> logout = post("/logout");

		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?afgemeld");
		assertThat(count("LOGOUT") - before).isEqualTo(1);
		assertThat(latest("LOGOUT", "secretariaat.demo")).isPresent();
	}

	@Test
	void the_functional_administrator_sees_the_latest_records_and_the_viewing_is_audited() {
		http.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		long viewsBefore = count("READ", "beheer.demo");

		HttpResponse<String> page = http.get("/beheer/auditlog");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 class=\"utrecht-heading-1\">Auditlog</h1>")
			.contains("<title>Auditlog — Veiligheidshuis Heerlen</title>")
			.contains("utrecht-table")
			.contains("Aanmelden")
			.contains("Functioneel beheerder")
			.contains("beheer.demo");
		assertThat(count("READ", "beheer.demo") - viewsBefore).isEqualTo(1);
	}

	@Test
	void the_records_are_paged_newest_first() {
		for (int i = 0; i < AuditLogController.PAGE_SIZE; i++) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "test", i)
				.by(AuditActor.system()));
		}
		http.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);

		String first = http.get("/beheer/auditlog").body();
		String second = http.get("/beheer/auditlog?pagina=2").body();

		assertThat(first).contains("href=\"/beheer/auditlog?pagina=2\"").doesNotContain("Nieuwere records");
		assertThat(second).contains("Auditrecords, pagina 2").contains("href=\"/beheer/auditlog?pagina=1\"");
		assertThat(first.indexOf("test 49")).as("newest first").isLessThan(first.indexOf("test 48")).isPositive();
	}

	@Test
	void the_verification_button_reports_the_result_in_dutch_after_a_redirect() {
		http.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		http.get("/beheer/auditlog");

		HttpResponse<String> verify = post("/beheer/auditlog/controle");

		assertThat(verify.statusCode()).isEqualTo(302);
		assertThat(verify.headers().firstValue("Location").orElseThrow()).endsWith("/beheer/auditlog");
		String result = http.get("/beheer/auditlog").body();
		assertThat(result).contains("utrecht-alert--ok").contains("Auditlog intact:").contains("de keten is ongeschonden");
		assertThat(http.get("/beheer/auditlog").body()).as("a flash message shows once").doesNotContain("Auditlog intact:");
	}

	@Test
	void other_roles_get_403_and_their_attempt_is_audited_as_denied() {
		http.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);
		long deniedBefore = deniedRequests("im.demo");

		HttpResponse<String> page = http.get("/beheer/auditlog");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Geen toegang").doesNotContain("utrecht-table");
		assertThat(post("/beheer/auditlog/controle").statusCode()).isEqualTo(403);
		assertThat(deniedRequests("im.demo") - deniedBefore).isEqualTo(2);
	}

	/** A button's form post, with the CSRF token of the start page of the session. */
	private HttpResponse<String> post(String path) {
		return http.postButton(path, "/");
	}

	private Optional<AuditRecord> latest(String action, String actorName) {
		return jdbc.sql("""
				SELECT * FROM privacy_audit_record WHERE action = :action AND actor_name = :actor
				ORDER BY sequence_number DESC LIMIT 1""")
			.param("action", action)
			.param("actor", actorName)
			.query((rows, n) -> AuditRecords.map(rows))
			.optional();
	}

	private long count(String action) {
		return jdbc.sql("SELECT count(*) FROM privacy_audit_record WHERE action = :action")
			.param("action", action).query(Long.class).single();
	}

	/** Refused requests are audited by the security layer, with the path as the object. */
	private long deniedRequests(String actorName) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'READ' AND actor_name = :actor AND result = 'DENIED' AND object_type = 'request'
				  AND object_id LIKE '/beheer/auditlog%'""")
			.param("actor", actorName).query(Long.class).single();
	}

	private long count(String action, String actorName) {
		return count(action, actorName, "ALLOWED");
	}

	private long count(String action, String actorName, String result) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = :action AND actor_name = :actor AND result = :result AND object_type = 'audit-log'""")
			.param("action", action).param("actor", actorName).param("result", result).query(Long.class).single();
	}
}
