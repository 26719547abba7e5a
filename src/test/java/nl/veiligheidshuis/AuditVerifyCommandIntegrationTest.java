package nl.veiligheidshuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.veiligheidshuis.privacy.AuditActor;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditChainTampering;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * {@code audit verify} as the operator runs it: a separate, non-web application context pointed at the
 * test's database (as the application role, like production), exit code 0 or 1 and a Dutch line.
 */
@HouseIntegrationTest
class AuditVerifyCommandIntegrationTest {

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	AuditLog auditLog;

	private AuditChainTampering tampering;

	@AfterEach
	void restore() {
		if (tampering != null) {
			tampering.restore();
		}
	}

	@Test
	void the_command_line_is_recognised() {
		assertThat(AuditVerifyCommand.matches("audit", "verify", "--spring.datasource.url=x")).isTrue();
		assertThat(AuditVerifyCommand.matches("--server.port=8080")).isFalse();
		assertThat(AuditVerifyCommand.matches("audit")).isFalse();
	}

	@Test
	void exits_0_on_an_intact_chain_and_1_naming_the_record_when_one_was_changed() {
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "test", "command")
			.by(AuditActor.system()));
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "test", "command")
			.by(AuditActor.system()));

		ByteArrayOutputStream intactOutput = new ByteArrayOutputStream();
		assertThat(run(intactOutput)).isEqualTo(0);
		assertThat(intactOutput.toString(StandardCharsets.UTF_8)).startsWith("Auditlog intact: ")
			.contains("de keten is ongeschonden");

		tampering = new AuditChainTampering(postgres);
		long changed = tampering.lastSequenceNumber() - 1;
		tampering.alter(changed);
		ByteArrayOutputStream brokenOutput = new ByteArrayOutputStream();
		assertThat(run(brokenOutput)).isEqualTo(1);
		assertThat(brokenOutput.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("Auditlog NIET intact: record " + changed + " is gewijzigd (de hash klopt niet).");
	}

	@Test
	void exits_2_when_the_database_cannot_be_reached() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int exit = AuditVerifyCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8), "audit", "verify",
				"--spring.datasource.url=jdbc:postgresql://localhost:1/nergens", "--spring.datasource.username=vh_app",
				"--spring.datasource.hikari.connection-timeout=250", "--spring.flyway.enabled=false");

		assertThat(exit).isEqualTo(2);
		assertThat(output.toString(StandardCharsets.UTF_8)).startsWith("Auditlog kon niet worden gecontroleerd:");
	}

	private int run(ByteArrayOutputStream output) {
		return AuditVerifyCommand.run(new PrintStream(output, true, StandardCharsets.UTF_8), "audit", "verify",
				"--spring.datasource.url=" + postgres.getJdbcUrl("vh_app", "postgres"),
				"--spring.datasource.username=vh_app", "--spring.flyway.enabled=false");
	}
}
