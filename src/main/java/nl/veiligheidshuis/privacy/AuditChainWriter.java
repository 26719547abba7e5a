package nl.veiligheidshuis.privacy;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Appends records to the chain, in the current transaction. A transaction-level advisory lock makes
 * appends of concurrent transactions take turns from here until their commit, so each continues the
 * chain where the last committed one ended: no fork, no gap. The lock is held only from the flush to
 * the commit, which is why {@link AuditLog} flushes just before commit.
 */
@Component
class AuditChainWriter {

	/** Arbitrary but fixed: "VHAUDIT" in ASCII. Every writer of the chain must use this key. */
	static final long CHAIN_LOCK = 0x5648_4155_4449_54L;

	private final JdbcTemplate jdbc;
	private final Counter flushes;
	private final Counter written;

	AuditChainWriter(JdbcTemplate jdbc, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.flushes = Counter.builder("vh.audit.flushes").description("Batched writes to the audit log").register(meters);
		this.written = Counter.builder("vh.audit.records").description("Audit records written").register(meters);
	}

	/** Needs a transaction: the lock and the inserts must commit together. */
	void append(List<AuditRecord> unchained) {
		if (unchained.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Audit records are appended inside a transaction");
		}
		jdbc.query("SELECT pg_advisory_xact_lock(?)", resultSet -> null, CHAIN_LOCK);
		record Head(long sequenceNumber, String hash) {
		}
		Head head = jdbc.query(
				"SELECT sequence_number, hash FROM privacy_audit_record ORDER BY sequence_number DESC LIMIT 1",
				resultSet -> resultSet.next() ? new Head(resultSet.getLong(1), resultSet.getString(2))
						: new Head(0, AuditHashing.GENESIS));
		long sequence = head.sequenceNumber();
		String previous = head.hash();
		List<AuditRecord> chained = new ArrayList<>(unchained.size());
		for (AuditRecord record : unchained) {
			AuditRecord linked = record.chainedTo(++sequence, previous);
			AuditRecord hashed = linked.withHash(AuditHashing.hashOf(linked));
			chained.add(hashed);
			previous = hashed.hash();
		}
		jdbc.batchUpdate("""
				INSERT INTO privacy_audit_record (sequence_number, recorded_at, actor_id, actor_name, actor_roles,
				  organisation_id, organisation_name, on_behalf_of, purpose, action, object_type, object_id, person_id,
				  result, origin, trace_id, previous_hash, hash, processing_activity)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chained, chained.size(),
				(statement, record) -> {
					statement.setLong(1, record.sequenceNumber());
					statement.setObject(2, record.recordedAt().atOffset(ZoneOffset.UTC));
					statement.setObject(3, record.actorId());
					statement.setString(4, record.actorName());
					statement.setString(5, record.actorRoles());
					statement.setObject(6, record.organisationId());
					statement.setString(7, record.organisationName());
					statement.setObject(8, record.onBehalfOf());
					statement.setString(9, record.purpose());
					statement.setString(10, record.action());
					statement.setString(11, record.objectType());
					statement.setString(12, record.objectId());
					statement.setObject(13, record.personId());
					statement.setString(14, record.result());
					statement.setString(15, record.origin());
					statement.setString(16, record.traceId());
					statement.setString(17, record.previousHash());
					statement.setString(18, record.hash());
					statement.setString(19, record.processingActivity());
				});
		flushes.increment();
		written.increment(chained.size());
	}
}
