package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.partners.PartnerOrganisationId;

/**
 * The audit log (DESIGN.md §4 rule 10): every access to personal data is recorded here, one record per
 * person concerned. Inside a transaction the records are collected and handed to the chain writer in one
 * batch just before commit; the writer commits them (group commit with other requests' records, see
 * {@link AuditChainWriter}) before the transaction may commit. A transaction that rolls back therefore leaves
 * no record, and a failure to write them fails the transaction (no access without its record). Outside a
 * transaction they are written at once.
 * <p>
 * Auditing is writing: a read-only transaction cannot carry audit records, so audited reads run in a
 * read-write transaction ({@code @Transactional}, not {@code readOnly}); recording in a read-only one
 * throws.
 */
@Service
public class AuditLog {

	/** Key of the per-transaction batch among the transaction's resources. */
	private final Object batchKey = new Object();

	private final AuditChainWriter writer;
	private final Clock clock;

	AuditLog(AuditChainWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	public void record(AuditEntry entry) {
		List<AuditRecord> records = resolve(entry);
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				throw new IllegalStateException(
						"An audited access cannot run in a read-only transaction: the audit record is a write");
			}
			currentBatch().add(records);
		}
		else {
			writer.append(records);
		}
	}

	private Batch currentBatch() {
		Batch batch = (Batch) TransactionSynchronizationManager.getResource(batchKey);
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.bindResource(batchKey, batch);
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		return batch;
	}

	private List<AuditRecord> resolve(AuditEntry entry) {
		AuditActor actor = entry.actor() != null ? entry.actor() : currentActor();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
		String roles = actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		PartnerOrganisationId organisation = actor.organisationId();
		PartnerOrganisationId onBehalfOf = entry.onBehalfOf();
		String origin = origin();
		String traceId = MDC.get("traceId");
		String activity = entry.processingActivity() != null ? entry.processingActivity()
				: ProcessingActivities.activityOf(entry.objectType(), entry.purpose());
		List<@Nullable UUID> persons = entry.personIds().isEmpty() ? Collections.singletonList(null)
				: List.copyOf(entry.personIds());
		List<AuditRecord> records = new ArrayList<>(persons.size());
		for (UUID person : persons) {
			records.add(new AuditRecord(0, now, actor.id(), actor.name(), roles,
					organisation == null ? null : organisation.value(), actor.organisationName(),
					onBehalfOf == null ? null : onBehalfOf.value(), entry.purpose().name(), entry.action().name(),
					entry.objectType(), entry.objectId(), person, entry.result().name(), origin, traceId,
					AuditHashing.GENESIS, "", activity));
		}
		return records;
	}

	private static AuditActor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return AuditActor.system();
		}
		return authentication.getPrincipal() instanceof SignedInUser user ? AuditActor.of(user)
				: AuditActor.unauthenticated(authentication.getName());
	}

	private static @Nullable String origin() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	/** The records of one transaction, written just before it commits. */
	private final class Batch implements TransactionSynchronization {

		private final List<AuditRecord> pending = new ArrayList<>();
		private boolean flushed;

		void add(List<AuditRecord> records) {
			if (flushed) {
				// Recorded by another synchronization after ours ran: still before commit, so write now.
				writer.append(records);
			}
			else {
				pending.addAll(records);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			flushed = true;
			writer.append(pending);
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(batchKey);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(batchKey, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(batchKey);
		}
	}
}
