package nl.veiligheidshuis.privacy;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Tampers with the audit log as the database owner would: the embedded cluster's superuser disables the
 * append-only trigger for one transaction and changes or deletes a row. Every change is undone by
 * {@link #restore()} from a copy, so the shared test database keeps an intact chain for other tests.
 */
public final class AuditChainTampering {

	private final JdbcTemplate owner;
	private final TransactionTemplate transactions;
	private long tampered = -1;

	public AuditChainTampering(EmbeddedPostgres postgres) {
		DataSource ownerDatabase = postgres.getPostgresDatabase();
		this.owner = new JdbcTemplate(ownerDatabase);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(ownerDatabase));
	}

	public JdbcTemplate owner() {
		return owner;
	}

	public long lastSequenceNumber() {
		Long last = owner.queryForObject("SELECT max(sequence_number) FROM privacy_audit_record", Long.class);
		return last == null ? 0 : last;
	}

	/** Changes the actor of one record, as someone covering their tracks would. */
	public void alter(long sequenceNumber) {
		withoutTrigger(sequenceNumber, "UPDATE privacy_audit_record SET actor_name = 'iemand.anders' WHERE sequence_number = ?");
	}

	public void delete(long sequenceNumber) {
		withoutTrigger(sequenceNumber, "DELETE FROM privacy_audit_record WHERE sequence_number = ?");
	}

	public void restore() {
		if (tampered < 0) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			owner.execute("ALTER TABLE privacy_audit_record DISABLE TRIGGER privacy_audit_record_no_update_or_delete");
			owner.update("DELETE FROM privacy_audit_record WHERE sequence_number = ?", tampered);
			owner.execute("INSERT INTO privacy_audit_record SELECT * FROM privacy_audit_tamper_copy");
			owner.execute("DROP TABLE privacy_audit_tamper_copy");
			owner.execute("ALTER TABLE privacy_audit_record ENABLE TRIGGER privacy_audit_record_no_update_or_delete");
		});
		tampered = -1;
	}

	private void withoutTrigger(long sequenceNumber, String change) {
		if (tampered >= 0) {
			throw new IllegalStateException("Restore the previous change first");
		}
		transactions.executeWithoutResult(status -> {
			owner.update("CREATE TABLE privacy_audit_tamper_copy AS SELECT * FROM privacy_audit_record WHERE sequence_number = ?",
					sequenceNumber);
			owner.execute("ALTER TABLE privacy_audit_record DISABLE TRIGGER privacy_audit_record_no_update_or_delete");
			if (owner.update(change, sequenceNumber) != 1) {
				throw new IllegalStateException("No audit record " + sequenceNumber);
			}
			owner.execute("ALTER TABLE privacy_audit_record ENABLE TRIGGER privacy_audit_record_no_update_or_delete");
		});
		tampered = sequenceNumber;
	}
}
