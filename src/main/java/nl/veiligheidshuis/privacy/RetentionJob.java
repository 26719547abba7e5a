package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.privacy.RetentionParticipant.Erased;

/**
 * The retention job (DESIGN.md §4 rule 11): erases every person whose retention ran out in every module, and
 * records tied to no person whose own period ran out. One node at a time ({@link JobLock}); one person per
 * transaction, with all modules' records of that person, so a crash leaves each person either wholly there or
 * wholly gone, and the next run erases the rest. Each erasure writes an audit record with counts and ids.
 */
@Component
@EnableConfigurationProperties(RetentionPeriods.class)
public class RetentionJob {

	static final String JOB = "retention";
	static final String AUDIT_OBJECT = "erasure";

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	/** What a run did; {@code ran} is false when another node held the job. */
	public record Run(boolean ran, @Nullable UUID id, int personsErased, int recordsErased, int personsHeld,
			List<UUID> erased, @Nullable String failure) {

		static Run skipped() {
			return new Run(false, null, 0, 0, 0, List.of(), null);
		}
	}

	private final List<RetentionParticipant> participants;
	private final LegalHolds holds;
	private final JobLock lock;
	private final TransactionTemplate transactions;
	private final AuditLog auditLog;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final RetentionPeriods periods;
	private final ResponsiblePartners responsiblePartners;

	RetentionJob(List<RetentionParticipant> participants, LegalHolds holds, JobLock lock,
			TransactionTemplate transactions, AuditLog auditLog, JdbcClient jdbc, Clock clock, RetentionPeriods periods,
			ResponsiblePartners responsiblePartners) {
		this.responsiblePartners = responsiblePartners;
		this.participants = participants.stream().sorted(Comparator.comparingInt(RetentionParticipant::erasureOrder))
			.toList();
		this.holds = holds;
		this.lock = lock;
		this.transactions = transactions;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
		this.periods = periods;
	}

	@Scheduled(cron = "${vh.retention.cron:0 30 2 * * *}", zone = "${vh.retention.zone:Europe/Amsterdam}")
	void scheduled() {
		if (Boolean.TRUE.equals(periods.enabled())) {
			Run run = run(clock);
			if (run.ran()) {
				log.info("Bewaartermijnen: {} personen gewist ({} records), {} met bewaarplicht behouden{}",
						run.personsErased(), run.recordsErased(), run.personsHeld(),
						run.failure() == null ? "" : "; afgebroken: " + run.failure());
			}
		}
	}

	/** One run as of the clock's today, over everything. */
	public Run run(Clock at) {
		return run(at, null);
	}

	/**
	 * One run; with {@code only}, considers only these persons and skips the records tied to no person (tests
	 * on a shared database must not erase each other's data).
	 */
	Run run(Clock at, @Nullable Set<UUID> only) {
		Optional<String> lease = lock.tryAcquire(JOB, periods.lease());
		if (lease.isEmpty()) {
			return Run.skipped();
		}
		UUID runId = UUID.randomUUID();
		LocalDate today = LocalDate.now(at);
		List<UUID> erased = new ArrayList<>();
		int records = 0;
		int held = 0;
		String failure = null;
		try {
			jdbc.sql("""
					INSERT INTO privacy_retention_run (id, started_at, reference_date, node)
					VALUES (:id, :now, :today, :node)""")
				.param("id", runId).param("now", OffsetDateTime.now(clock)).param("today", today)
				.param("node", JobLock.node())
				.update();
			Set<UUID> candidates = new TreeSet<>();
			Set<UUID> retained = new HashSet<>();
			for (RetentionParticipant participant : participants) {
				RetentionParticipant.Split split = participant.split(today);
				candidates.addAll(split.expired());
				retained.addAll(split.retained());
			}
			candidates.removeAll(retained);
			if (only != null) {
				candidates.retainAll(only);
			}
			Set<UUID> onHold = holds.heldPersons();
			held = (int) candidates.stream().filter(onHold::contains).count();
			candidates.removeAll(onHold);
			for (UUID person : candidates) {
				Integer count = transactions.execute(status -> erasePerson(person));
				if (count != null && count >= 0) {
					erased.add(person);
					records += count;
				}
				else {
					held++;
				}
				lock.extend(JOB, lease.get(), periods.lease());
			}
			if (only == null) {
				for (RetentionParticipant participant : participants) {
					Integer count = transactions.execute(status -> eraseRecords(participant, today));
					records += count == null ? 0 : count;
				}
			}
		}
		catch (RuntimeException failed) {
			failure = failed.getClass().getSimpleName() + ": " + failed.getMessage();
			log.error("Bewaartermijnen: run {} afgebroken na {} personen", runId, erased.size(), failed);
		}
		finally {
			jdbc.sql("""
					UPDATE privacy_retention_run SET finished_at = :now, persons_erased = :persons,
					  records_erased = :records, persons_held = :held, failure = :failure WHERE id = :id""")
				.param("now", OffsetDateTime.now(clock)).param("persons", erased.size()).param("records", records)
				.param("held", held).param("failure", failure).param("id", runId)
				.update();
			lock.release(JOB, lease.get());
		}
		return new Run(true, runId, erased.size(), records, held, List.copyOf(erased), failure);
	}

	/**
	 * Erases a person now, whatever the retention periods say, because an erasure request (AVG art. 17) was
	 * granted; not while a legal hold stands. Returns the records erased, or -1 when held.
	 */
	int eraseOnRequest(UUID person, UUID requestId) {
		int erased = erasePerson(person);
		return erased;
	}

	/** In the caller's transaction: the records erased, or -1 when a hold came in meanwhile. */
	private int erasePerson(UUID person) {
		LegalHolds.lockPerson(jdbc, person);
		if (holds.isHeld(person)) {
			return -1;
		}
		List<Erased> all = new ArrayList<>();
		for (RetentionParticipant participant : participants) {
			all.addAll(participant.erase(person));
		}
		int count = all.stream().mapToInt(Erased::count).sum() + responsiblePartners.erase(person);
		auditLog.record(AuditEntry.of(AuditAction.DELETE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
				summary(all))
			.concerning(person)
			.by(AuditActor.system())
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
		return count;
	}

	private int eraseRecords(RetentionParticipant participant, LocalDate today) {
		List<Erased> all = participant.eraseExpiredRecords(today);
		int count = all.stream().mapToInt(Erased::count).sum();
		if (count > 0) {
			auditLog.record(AuditEntry.of(AuditAction.DELETE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT,
					summary(all))
				.by(AuditActor.system())
				.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
		}
		return count;
	}

	/** Counts and ids per record type, no content: {@code trajectory=1:<id>;referral=2:<id>,<id>}. */
	static String summary(List<Erased> erased) {
		return erased.stream()
			.filter(e -> e.count() > 0)
			.collect(Collectors.groupingBy(Erased::recordType, java.util.LinkedHashMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue().stream().mapToInt(Erased::count).sum() + ":"
					+ entry.getValue().stream().flatMap(e -> e.ids().stream()).collect(Collectors.joining(",")))
			.collect(Collectors.joining(";"));
	}
}
