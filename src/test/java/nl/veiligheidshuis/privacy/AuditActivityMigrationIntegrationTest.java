package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.HouseIntegrationTest;

/**
 * The column processing_activity came after records existed: a chain of records without it (canonical form v1,
 * as written before migration V120) followed by records with it (v2) verifies, and every new record names one.
 */
@HouseIntegrationTest
class AuditActivityMigrationIntegrationTest {

	@Autowired
	AuditChainWriter writer;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void records_written_before_the_register_and_after_it_form_one_chain_that_verifies() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		AuditRecord old = new AuditRecord(0, now, null, "systeem", "", null, null, null, "PERSON_CENTRED_APPROACH", "READ",
				"trajectory", "oud-" + UUID.randomUUID(), UUID.randomUUID(), "ALLOWED", null, null, AuditHashing.GENESIS, "");
		new TransactionTemplate(transactions).executeWithoutResult(status -> writer.append(List.of(old)));
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "referral", "nieuw")
			.by(AuditActor.system()));

		assertThat(jdbc.sql("SELECT count(*) FROM privacy_audit_record WHERE object_id = :id AND processing_activity IS NULL")
			.param("id", old.objectId()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT processing_activity FROM privacy_audit_record WHERE object_id = 'nieuw' ORDER BY sequence_number DESC
				LIMIT 1""").query(String.class).single()).isEqualTo("referral");
		assertThat(verifier.verify().isIntact()).isTrue();
	}
}
