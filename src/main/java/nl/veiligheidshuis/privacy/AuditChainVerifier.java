package nl.veiligheidshuis.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.privacy.AuditChainVerification.Altered;
import nl.veiligheidshuis.privacy.AuditChainVerification.Intact;
import nl.veiligheidshuis.privacy.AuditChainVerification.Missing;

/**
 * Walks the audit chain in sequence order and recomputes every hash. Streams the records (a cursor with
 * a fetch size), so memory does not grow with the log, and reads one snapshot, so records appended
 * meanwhile do not disturb it.
 */
@Service
public class AuditChainVerifier {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate snapshot;
	private final MessageSource messages;

	AuditChainVerifier(DataSource dataSource, PlatformTransactionManager transactionManager, MessageSource messages) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.messages = messages;
	}

	public AuditChainVerification verify() {
		return Objects.requireNonNull(snapshot.execute(status -> jdbc.query(
				"SELECT * FROM privacy_audit_record ORDER BY sequence_number", AuditChainVerifier::walk)));
	}

	/** One Dutch sentence for the command line and the administrator's page. */
	public String describe(AuditChainVerification verification) {
		return switch (verification) {
			case Intact intact -> messages.getMessage("audit.verify.intact",
					new Object[] { intact.records(), intact.lastHash() == null ? "-" : intact.lastHash() }, DUTCH);
			case Altered altered -> messages.getMessage("audit.verify.altered",
					new Object[] { altered.sequenceNumber() }, DUTCH);
			case Missing missing -> messages.getMessage("audit.verify.missing",
					new Object[] { missing.sequenceNumber() }, DUTCH);
		};
	}

	private static AuditChainVerification walk(ResultSet rows) throws SQLException {
		long expected = 1;
		String previousHash = AuditHashing.GENESIS;
		while (rows.next()) {
			AuditRecord record = AuditRecords.map(rows);
			if (record.sequenceNumber() != expected) {
				return new Missing(expected);
			}
			if (!AuditHashing.hashOf(record).equals(record.hash())) {
				return new Altered(record.sequenceNumber());
			}
			if (!record.previousHash().equals(previousHash)) {
				// Consistent in itself but chained to another version of its predecessor: the predecessor
				// (or, for the first record, this one) was rewritten with a recomputed hash.
				return new Altered(Math.max(1, expected - 1));
			}
			previousHash = record.hash();
			expected++;
		}
		return new Intact(expected - 1, expected == 1 ? null : previousHash);
	}
}
