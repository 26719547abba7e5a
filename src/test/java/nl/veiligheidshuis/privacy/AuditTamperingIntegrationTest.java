package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.privacy.AuditChainVerification.Altered;
import nl.veiligheidshuis.privacy.AuditChainVerification.Intact;
import nl.veiligheidshuis.privacy.AuditChainVerification.Missing;

/**
 * Append-only in the database, and what happens when the owner goes around that: the application's role
 * may not change or delete records; the owner can (after disabling the trigger), and the verifier then
 * names exactly the record that was changed or removed.
 */
@HouseIntegrationTest
class AuditTamperingIntegrationTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcTemplate application;

	@Autowired
	EmbeddedPostgres postgres;

	private AuditChainTampering tampering;

	@BeforeEach
	void threeRecordsAtTheEnd() {
		tampering = new AuditChainTampering(postgres);
		for (int i = 0; i < 3; i++) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "test", i)
				.by(AuditActor.system()));
		}
		assertThat(verifier.verify()).isInstanceOf(Intact.class);
	}

	@AfterEach
	void restore() {
		tampering.restore();
		assertThat(verifier.verify()).as("the shared chain is intact again").isInstanceOf(Intact.class);
	}

	@Test
	void the_application_role_cannot_update_delete_or_truncate_audit_records() {
		long last = tampering.lastSequenceNumber();
		for (String change : new String[] {
				"UPDATE privacy_audit_record SET actor_name = 'x' WHERE sequence_number = " + last,
				"DELETE FROM privacy_audit_record WHERE sequence_number = " + last,
				"TRUNCATE privacy_audit_record" }) {
			assertThatThrownBy(() -> application.execute(change)).as(change)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.isInstanceOf(SQLException.class)
				.extracting(cause -> ((SQLException) cause).getSQLState())
				.as("permission denied")
				.isEqualTo("42501");
		}
		assertThat(application.queryForObject("SELECT current_user", String.class)).isEqualTo("vh_app");
	}

	@Test
	void even_the_owner_cannot_change_a_record_while_the_trigger_is_enabled() {
		long last = tampering.lastSequenceNumber();
		assertThatThrownBy(() -> tampering.owner()
			.update("UPDATE privacy_audit_record SET actor_name = 'x' WHERE sequence_number = ?", last))
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> tampering.owner().update("DELETE FROM privacy_audit_record WHERE sequence_number = ?", last))
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void a_record_changed_by_the_owner_is_reported_as_altered() {
		long middle = tampering.lastSequenceNumber() - 1;
		tampering.alter(middle);

		assertThat(verifier.verify()).isEqualTo(new Altered(middle));
		assertThat(verifier.describe(new Altered(middle)))
			.isEqualTo("Auditlog NIET intact: record " + middle + " is gewijzigd (de hash klopt niet).");
	}

	@Test
	void a_record_deleted_by_the_owner_is_reported_as_missing() {
		long middle = tampering.lastSequenceNumber() - 1;
		tampering.delete(middle);

		assertThat(verifier.verify()).isEqualTo(new Missing(middle));
	}

	@Test
	void a_record_rewritten_with_a_recomputed_hash_is_still_found_through_its_successor() {
		long middle = tampering.lastSequenceNumber() - 1;
		tampering.alter(middle);
		AuditRecord altered = tampering.owner().queryForObject(
				"SELECT * FROM privacy_audit_record WHERE sequence_number = ?", (rows, n) -> AuditRecords.map(rows), middle);
		tampering.owner().execute("ALTER TABLE privacy_audit_record DISABLE TRIGGER privacy_audit_record_no_update_or_delete");
		try {
			tampering.owner().update("UPDATE privacy_audit_record SET hash = ? WHERE sequence_number = ?",
					AuditHashing.hashOf(altered), middle);
		}
		finally {
			tampering.owner().execute("ALTER TABLE privacy_audit_record ENABLE TRIGGER privacy_audit_record_no_update_or_delete");
		}

		assertThat(verifier.verify()).isEqualTo(new Altered(middle));
	}
}
