package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;

/** The functional administrator reviews the audit log: filters, break-glass, unusual volumes, audited export. */
@HouseIntegrationTest
class AuditReviewIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void one_user_reading_many_dossiers_in_an_hour_is_flagged_and_the_filters_find_whose_data_they_read() {
		String reader = "veellezer" + UUID.randomUUID().toString().substring(0, 8);
		AuditActor actor = new AuditActor(UUID.randomUUID(), reader, java.util.Set.of(Role.PARTNER_PROFESSIONAL),
				new PartnerOrganisationId(UUID.randomUUID()), "Testpartner");
		UUID first = null;
		for (int k = 0; k < 30; k++) {
			UUID person = UUID.randomUUID();
			first = first == null ? person : first;
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory",
					UUID.randomUUID()).concerning(person).by(actor));
		}
		String calm = "rustiglezer" + UUID.randomUUID().toString().substring(0, 8);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory", "x")
			.concerning(UUID.randomUUID())
			.by(new AuditActor(UUID.randomUUID(), calm, java.util.Set.of(Role.PARTNER_PROFESSIONAL), null, null)));
		HttpTestClient http = new HttpTestClient(port);
		http.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);

		String page = http.get("/beheer/auditlog").body();
		assertThat(page).contains("Opvallende aantallen").contains(reader + " (Testpartner)").doesNotContain(calm + " (");

		String filtered = http.get("/beheer/auditlog?gebruiker=" + reader + "&persoon=" + first).body();
		assertThat(filtered).contains(first.toString()).contains(reader).contains("trajectory");
		assertThat(filtered.split("<tr class=\"utrecht-table__row\"").length - 2).as("one record of that person").isEqualTo(1);
		assertThat(http.get("/beheer/auditlog?handeling=BREAK_GLASS&gebruiker=" + reader).body())
			.contains("Er zijn nog geen auditrecords");
	}

	@Test
	void exporting_the_log_is_itself_audited() {
		HttpTestClient http = new HttpTestClient(port);
		http.login("beheer.demo", HouseIntegrationTest.DEMO_PASSWORD);
		long before = exports();
		HttpResponse<String> csv = http.get("/beheer/auditlog/export.csv?handeling=LOGIN&gebruiker=beheer.demo");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("sequence_number,recorded_at,actor_name").contains("beheer.demo").contains("LOGIN");
		assertThat(exports() - before).isEqualTo(1);

		HttpTestClient partner = new HttpTestClient(port);
		partner.login("politie.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(partner.get("/beheer/auditlog/export.csv").statusCode()).isEqualTo(403);
	}

	private long exports() {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record WHERE action = 'EXPORT' AND object_type = 'audit-log'
				AND actor_name = 'beheer.demo' AND processing_activity = 'audit-supervision'""")
			.query(Long.class).single();
	}
}
