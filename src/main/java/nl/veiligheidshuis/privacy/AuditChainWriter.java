package nl.veiligheidshuis.privacy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Appends records to the chain with group commit. A caller hands over its records and waits until they are
 * committed; one writer thread takes everything waiting, appends it in one transaction of its own and
 * commits once, so many concurrent requests share one lock, one commit and one WAL flush. A
 * transaction-level advisory lock makes appends take turns from the read of the chain's head until the
 * commit (also between nodes on one database): no fork, no gap.
 * <p>
 * Before group commit each request appended in its own transaction and held the lock through its own
 * commit, which made every audited request in the house wait in one line for the disk (the load benchmark,
 * docs/performance.md). {@link AuditLog} still hands a transaction's records over just before that
 * transaction commits, so a transaction that rolls back leaves no record; one whose own commit fails after
 * the hand-over leaves its records (an attempted access is recorded; an access is never left unrecorded).
 * <p>
 * The writer has a connection pool of its own (one connection, same settings as the application's): a
 * writer waiting for a connection held by a request that waits for the writer would deadlock.
 */
@Component
class AuditChainWriter implements DisposableBean {

	/** Arbitrary but fixed: "VHAUDIT" in ASCII. Every writer of the chain must use this key. */
	static final long CHAIN_LOCK = 0x5648_4155_4449_54L;

	private static final Logger LOG = LoggerFactory.getLogger(AuditChainWriter.class);
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final int MAX_BATCH = 2000;

	private record Pending(List<AuditRecord> records, CompletableFuture<Void> done) {
	}

	private final DataSource applicationDataSource;
	private final Counter flushes;
	private final Counter written;
	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private @Nullable HikariDataSource ownPool;
	private @Nullable JdbcTemplate jdbc;
	private @Nullable TransactionTemplate transactions;
	private @Nullable Thread thread;
	private volatile boolean stopped;

	AuditChainWriter(DataSource dataSource, MeterRegistry meters) {
		this.applicationDataSource = dataSource;
		this.flushes = Counter.builder("vh.audit.flushes").description("Batched writes to the audit log").register(meters);
		this.written = Counter.builder("vh.audit.records").description("Audit records written").register(meters);
	}

	/** Appends the records and returns once they are committed; throws when they could not be. */
	void append(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		Pending pending = new Pending(List.copyOf(records), new CompletableFuture<>());
		start();
		queue.add(pending);
		try {
			pending.done().get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException failed) {
			if (failed.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new DataAccessResourceFailureException("Audit records not written", failed.getCause());
		}
		catch (TimeoutException timeout) {
			throw new DataAccessResourceFailureException("Audit records not written within " + WAIT, timeout);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while the audit records were written", interrupted);
		}
	}

	private synchronized void start() {
		if (stopped) {
			throw new IllegalStateException("The audit log is shut down");
		}
		if (thread != null && thread.isAlive()) {
			return;
		}
		if (ownPool == null) {
			ownPool = ownPool(applicationDataSource);
			DataSource source = ownPool != null ? ownPool : applicationDataSource;
			jdbc = new JdbcTemplate(source);
			transactions = new TransactionTemplate(new DataSourceTransactionManager(source));
		}
		thread = Thread.ofPlatform().name("vh-audit-writer").daemon().start(this::run);
	}

	private static @Nullable HikariDataSource ownPool(DataSource application) {
		try {
			if (!application.isWrapperFor(HikariDataSource.class)) {
				LOG.warn("Audit log: no Hikari pool to copy, the writer shares the application's pool");
				return null;
			}
			HikariConfig config = new HikariConfig();
			application.unwrap(HikariDataSource.class).copyStateTo(config);
			config.setPoolName("vh-audit-writer");
			config.setMaximumPoolSize(1);
			config.setMinimumIdle(1);
			return new HikariDataSource(config);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private void run() {
		List<Pending> batch = new ArrayList<>();
		while (!stopped) {
			try {
				Pending first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				List<AuditRecord> all = new ArrayList<>();
				for (Pending pending : batch) {
					all.addAll(pending.records());
				}
				try {
					java.util.Objects.requireNonNull(transactions).executeWithoutResult(status -> write(all));
					batch.forEach(pending -> pending.done().complete(null));
				}
				catch (RuntimeException failed) {
					LOG.error("Audit log: {} records could not be written", all.size(), failed);
					batch.forEach(pending -> pending.done().completeExceptionally(failed));
				}
				batch.clear();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public synchronized void destroy() {
		stopped = true;
		if (thread != null) {
			thread.interrupt();
		}
		queue.forEach(pending -> pending.done().completeExceptionally(new IllegalStateException("The audit log is shut down")));
		if (ownPool != null) {
			ownPool.close();
		}
	}

	/** In the writer's transaction. */
	private void write(List<AuditRecord> unchained) {
		JdbcTemplate jdbc = java.util.Objects.requireNonNull(this.jdbc);
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
