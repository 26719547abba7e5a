package nl.veiligheidshuis.persons;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * The clerical review queue of identity resolution: a person decides whether a record between the
 * thresholds is the same person as the candidate. "The same" merges the new person into the candidate
 * (reversibly: the merge remembers the moved source records); "not the same" closes the item. Merges,
 * unmerges and decisions are audited for both persons, and announced to the modules that keep person ids.
 * For the secretariat and the house manager.
 */
@Service
public class ClericalReview {

	static final String REVIEWERS = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')";

	/** An open item, without personal data: the list shows only how likely the match is. */
	public record OpenItem(UUID id, double probability, OffsetDateTime createdAt) {
	}

	/** One item with both persons side by side. */
	@PersonalData
	public record Comparison(UUID itemId, String status, double probability, @Nullable PersonView record,
			PersonView candidate, @Nullable UUID mergeId) {
	}

	private final JdbcClient jdbc;
	private final Persons persons;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ClericalReview(JdbcClient jdbc, Persons persons, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(REVIEWERS)
	public List<OpenItem> openItems() {
		return jdbc.sql("""
				SELECT id, probability, created_at FROM persons_review_item WHERE status = 'OPEN'
				ORDER BY probability DESC, created_at LIMIT 200""")
			.query(OpenItem.class)
			.list();
	}

	@Transactional
	@PreAuthorize(REVIEWERS)
	public Optional<Comparison> comparison(UUID itemId) {
		// After a merge the record's person has no source records left: only the merged person is shown.
		return item(itemId).flatMap(item -> persons.view(item.candidate())
			.map(candidate -> new Comparison(itemId, item.status(), item.probability(),
					persons.view(item.recordPerson()).orElse(null), candidate,
					activeMerge(itemId).map(Merge::id).orElse(null))));
	}

	/** The record's person and the candidate are one: the record's person's source records move to the candidate. */
	@Transactional
	@PreAuthorize(REVIEWERS)
	public void decideSame(UUID itemId) {
		Item item = openItem(itemId);
		UUID[] moved = jdbc.sql("SELECT id FROM persons_source_record WHERE person_id = :from")
			.param("from", item.recordPerson())
			.query(UUID.class)
			.list()
			.toArray(UUID[]::new);
		List<String> references = references(moved);
		jdbc.sql("UPDATE persons_source_record SET person_id = :into WHERE person_id = :from")
			.param("into", item.candidate())
			.param("from", item.recordPerson())
			.update();
		UUID mergeId = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO persons_merge (id, review_item_id, from_person_id, into_person_id, source_record_ids, merged_by, merged_at)
				VALUES (:id, :item, :from, :into, :moved, :by, :now)""")
			.param("id", mergeId)
			.param("item", itemId)
			.param("from", item.recordPerson())
			.param("into", item.candidate())
			.param("moved", moved)
			.param("by", currentUser())
			.param("now", now())
			.update();
		persons.refreshKeyFacts(item.candidate());
		decide(itemId, "SAME");
		audit(item);
		events.publishEvent(new PersonsMerged(mergeId, item.recordPerson(), item.candidate(), references));
	}

	@Transactional
	@PreAuthorize(REVIEWERS)
	public void decideDifferent(UUID itemId) {
		Item item = openItem(itemId);
		decide(itemId, "DIFFERENT");
		audit(item);
	}

	/** Undoes the merge of a "same person" decision: the moved source records go back and the item opens again. */
	@Transactional
	@PreAuthorize(REVIEWERS)
	public void unmerge(UUID itemId) {
		Item item = item(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Merge merge = activeMerge(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
		jdbc.sql("UPDATE persons_source_record SET person_id = :from WHERE id = ANY(:moved)")
			.param("from", merge.from())
			.param("moved", merge.sourceRecords())
			.update();
		jdbc.sql("UPDATE persons_merge SET undone_by = :by, undone_at = :now WHERE id = :id")
			.param("by", currentUser())
			.param("now", now())
			.param("id", merge.id())
			.update();
		jdbc.sql("UPDATE persons_review_item SET status = 'OPEN', decided_by = NULL, decided_at = NULL WHERE id = :id")
			.param("id", itemId)
			.update();
		persons.refreshKeyFacts(merge.from());
		persons.refreshKeyFacts(merge.into());
		audit(item);
		events.publishEvent(new PersonsUnmerged(merge.id(), merge.from(), merge.into(), references(merge.sourceRecords())));
	}

	record Item(UUID recordPerson, UUID candidate, double probability, String status) {
	}

	record Merge(UUID id, UUID from, UUID into, UUID[] sourceRecords) {
	}

	private Optional<Item> item(UUID itemId) {
		// The record's person: where the merge put it, or where it was created (before any merge).
		return jdbc.sql("""
				SELECT COALESCE(m.from_person_id, s.person_id) AS record_person, r.candidate_person_id AS candidate,
				       r.probability, r.status
				FROM persons_review_item r
				JOIN persons_source_record s ON s.id = r.source_record_id
				LEFT JOIN persons_merge m ON m.review_item_id = r.id AND m.undone_at IS NULL
				WHERE r.id = :id""")
			.param("id", itemId)
			.query(Item.class)
			.optional();
	}

	private Item openItem(UUID itemId) {
		Item item = item(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!item.status().equals("OPEN")) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return item;
	}

	private Optional<Merge> activeMerge(UUID itemId) {
		return jdbc.sql("""
				SELECT id, from_person_id, into_person_id, source_record_ids FROM persons_merge
				WHERE review_item_id = :item AND undone_at IS NULL""")
			.param("item", itemId)
			.query((rs, n) -> new Merge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					(UUID[]) rs.getArray(4).getArray()))
			.optional();
	}

	private List<String> references(UUID[] sourceRecords) {
		return jdbc.sql("SELECT reference FROM persons_source_record WHERE id = ANY(:ids) AND reference IS NOT NULL")
			.param("ids", sourceRecords)
			.query(String.class)
			.list();
	}

	private void decide(UUID itemId, String status) {
		jdbc.sql("UPDATE persons_review_item SET status = :status, decided_by = :by, decided_at = :now WHERE id = :id")
			.param("status", status)
			.param("by", currentUser())
			.param("now", now())
			.param("id", itemId)
			.update();
	}

	private void audit(Item item) {
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "person-identity",
				item.candidate()).concerning(item.recordPerson(), item.candidate()));
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static @Nullable UUID currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof UserProfile user ? user.id() : null;
	}
}
