package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.privacy.AuditChainVerification.Intact;

/** Writing audit records: in the caller's transaction, batched, one per person, a chain under concurrency. */
@HouseIntegrationTest
class AuditLogIntegrationTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MeterRegistry meters;

	@Autowired
	UserAccounts accounts;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		MDC.remove("traceId");
	}

	@Test
	void one_record_per_person_concerned_with_actor_organisation_trace_id_and_time_filled_in() {
		SignedInUser user = (SignedInUser) accounts.loadUserByUsername("im.demo");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		MDC.put("traceId", "0af7651916cd43dd8448eb211c80319c");
		UUID client = UUID.randomUUID();
		UUID relative = UUID.randomUUID();
		Instant before = Instant.now();

		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "trajectory", "T-42")
			.concerning(client, relative));

		List<AuditRecord> records = recordsConcerning(client, relative);
		assertThat(records).extracting(AuditRecord::personId).containsExactlyInAnyOrder(client, relative);
		AuditRecord record = records.getFirst();
		assertThat(record.actorId()).isEqualTo(user.id());
		assertThat(record.actorName()).isEqualTo("im.demo");
		assertThat(record.actorRoles()).isEqualTo("INTERVENTION_MANAGER");
		assertThat(record.organisationId()).isEqualTo(user.organisationId().value());
		assertThat(record.organisationName()).isEqualTo("Veiligheidshuis Heerlen (bedrijfsbureau)");
		assertThat(record.purpose()).isEqualTo("PERSON_CENTRED_APPROACH");
		assertThat(record.action()).isEqualTo("READ");
		assertThat(record.objectType()).isEqualTo("trajectory");
		assertThat(record.objectId()).isEqualTo("T-42");
		assertThat(record.result()).isEqualTo("ALLOWED");
		assertThat(record.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
		assertThat(record.origin()).as("no HTTP request here").isNull();
		assertThat(record.recordedAt()).isBetween(before.minusMillis(1), Instant.now());
	}

	@Test
	void records_are_written_in_the_callers_transaction_and_rolled_back_with_it() {
		UUID person = UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);

		transaction.executeWithoutResult(status -> {
			auditLog.record(entry().concerning(person));
			status.setRollbackOnly();
		});
		assertThat(recordsConcerning(person)).isEmpty();

		transaction.executeWithoutResult(status -> auditLog.record(entry().concerning(person)));
		assertThat(recordsConcerning(person)).hasSize(1);
	}

	@Test
	void a_transaction_writes_all_its_records_in_one_batch_just_before_commit() {
		List<UUID> persons = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		double flushesBefore = meters.counter("vh.audit.flushes").count();

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (UUID person : persons) {
				auditLog.record(entry().concerning(person, UUID.randomUUID()));
			}
			assertThat(recordsConcerning(persons.toArray(UUID[]::new))).as("nothing written before commit").isEmpty();
		});

		assertThat(meters.counter("vh.audit.flushes").count() - flushesBefore).isEqualTo(1);
		List<Long> sequence = recordsConcerning(persons.toArray(UUID[]::new)).stream()
			.map(AuditRecord::sequenceNumber)
			.sorted()
			.toList();
		assertThat(sequence).hasSize(3);
		assertThat(sequence.getLast() - sequence.getFirst()).as("one batch: 6 consecutive records").isEqualTo(4);
	}

	@Test
	void outside_a_transaction_a_record_is_written_at_once() {
		UUID person = UUID.randomUUID();

		auditLog.record(entry().concerning(person));

		assertThat(recordsConcerning(person)).hasSize(1);
	}

	@Test
	void a_read_only_transaction_cannot_carry_audit_records() {
		TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);

		assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> auditLog.record(entry())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("read-only");
	}

	@Test
	void concurrent_transactions_extend_one_chain_without_forks_or_gaps() throws Exception {
		long before = count();
		int threads = 8;
		int transactionsPerThread = 50;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				done.add(pool.submit(() -> {
					TransactionTemplate transaction = new TransactionTemplate(transactionManager);
					for (int i = 0; i < transactionsPerThread; i++) {
						transaction.executeWithoutResult(status -> auditLog.record(entry().concerning(UUID.randomUUID(),
								UUID.randomUUID())));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		long after = count();
		assertThat(after - before).isEqualTo(threads * transactionsPerThread * 2);
		long highest = jdbc.sql("SELECT max(sequence_number) FROM privacy_audit_record").query(Long.class).single();
		assertThat(highest).as("gap-free from 1").isEqualTo(after);
		assertThat(verifier.verify()).isEqualTo(new Intact(after,
				jdbc.sql("SELECT hash FROM privacy_audit_record WHERE sequence_number = :n").param("n", after)
					.query(String.class).single()));
	}

	private static AuditEntry entry() {
		return AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "test", null)
			.by(AuditActor.system());
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM privacy_audit_record").query(Long.class).single();
	}

	private List<AuditRecord> recordsConcerning(UUID... persons) {
		return jdbc.sql("SELECT * FROM privacy_audit_record WHERE person_id IN (:persons)")
			.param("persons", List.of(persons))
			.query((rows, n) -> AuditRecords.map(rows))
			.list();
	}
}
