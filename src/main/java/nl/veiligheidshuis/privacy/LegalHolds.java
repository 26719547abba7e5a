package nl.veiligheidshuis.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.identity.SignedInUser;

/**
 * Legal holds (bewaarplicht): while one is active for a person the retention job erases nothing about them.
 * Placing a hold and erasing a person take the same per-person lock, so a hold placed during a run either
 * comes before that person's erasure (and stops it) or after it (and finds the person gone).
 */
@Service
public class LegalHolds {

	static final int MINIMUM_REASON = 10;
	static final int MAXIMUM_REASON = 1000;
	static final String AUDIT_OBJECT = "legal-hold";

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final DataSubjects subjects;
	private final Clock clock;

	LegalHolds(JdbcClient jdbc, AuditLog auditLog, DataSubjects subjects, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.subjects = subjects;
		this.clock = clock;
	}

	/** Places a hold; refuses with every problem when the person is unknown or the reason is too short or long. */
	@Transactional
	public LegalHold place(@Nullable UUID person, @Nullable String reason, SignedInUser by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (person == null) {
			problems.put("personId", "legalHold.error.personRequired");
		}
		else if (subjects.displayName(person).isEmpty()) {
			problems.put("personId", "legalHold.error.personUnknown");
		}
		String stated = reason == null ? "" : reason.strip();
		if (stated.length() < MINIMUM_REASON || stated.length() > MAXIMUM_REASON) {
			problems.put("reason", "legalHold.error.reason");
		}
		if (!problems.isEmpty() || person == null) {
			throw new PrivacyRefused(problems);
		}
		lockPerson(jdbc, person);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO privacy_legal_hold (id, person_id, reason, placed_by, placed_at)
				VALUES (:id, :person, :reason, :by, :now)""")
			.param("id", id).param("person", person).param("reason", stated).param("by", by.id())
			.param("now", now)
			.update();
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(person)
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
		return new LegalHold(id, person, stated, by.id(), now.toInstant(), null);
	}

	/** Lifts an active hold; false when there is none with this id. */
	@Transactional
	public boolean lift(UUID id, SignedInUser by) {
		List<UUID> persons = jdbc.sql("""
				UPDATE privacy_legal_hold SET lifted_at = :now, lifted_by = :by
				WHERE id = :id AND lifted_at IS NULL RETURNING person_id""")
			.param("now", OffsetDateTime.now(clock)).param("by", by.id()).param("id", id)
			.query(UUID.class)
			.list();
		if (persons.isEmpty()) {
			return false;
		}
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(persons)
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
		return true;
	}

	public boolean isHeld(UUID person) {
		return jdbc.sql("SELECT count(*) FROM privacy_legal_hold WHERE person_id = :person AND lifted_at IS NULL")
			.param("person", person)
			.query(Long.class)
			.single() > 0;
	}

	Set<UUID> heldPersons() {
		return new HashSet<>(jdbc.sql("SELECT DISTINCT person_id FROM privacy_legal_hold WHERE lifted_at IS NULL")
			.query(UUID.class)
			.list());
	}

	/** The active holds, newest first (the page lists them; their persons' names are read by the caller). */
	public List<LegalHold> active() {
		return jdbc.sql("SELECT * FROM privacy_legal_hold WHERE lifted_at IS NULL ORDER BY placed_at DESC")
			.query((rows, number) -> map(rows))
			.list();
	}

	public List<LegalHold> of(UUID person) {
		return jdbc.sql("SELECT * FROM privacy_legal_hold WHERE person_id = :person ORDER BY placed_at")
			.param("person", person)
			.query((rows, number) -> map(rows))
			.list();
	}

	/** The per-person lock that erasure and placing a hold share (until the end of the transaction). */
	static void lockPerson(JdbcClient jdbc, UUID person) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "privacy.person:" + person)
			.query((rows, number) -> 1)
			.list();
	}

	private static LegalHold map(ResultSet rows) throws SQLException {
		OffsetDateTime lifted = rows.getObject("lifted_at", OffsetDateTime.class);
		return new LegalHold(rows.getObject("id", UUID.class), rows.getObject("person_id", UUID.class),
				rows.getString("reason"), rows.getObject("placed_by", UUID.class),
				rows.getObject("placed_at", OffsetDateTime.class).toInstant(), lifted == null ? null : lifted.toInstant());
	}
}
