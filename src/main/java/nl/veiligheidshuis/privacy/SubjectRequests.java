package nl.veiligheidshuis.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.privacy.SubjectRequest.ErasureException;
import nl.veiligheidshuis.privacy.SubjectRequest.Kind;
import nl.veiligheidshuis.privacy.SubjectRequest.Status;
import nl.veiligheidshuis.privacy.SubjectRequest.Step;

/**
 * Requests of data subjects (AVG art. 12, 15–17): registered by the secretariat with the date of receipt; the
 * answer is due one month later (art. 12(3)), extendable by at most two more months with a reason. The decision
 * of a rectification or erasure request records its legal ground; an erasure refused or granted in part names the
 * art. 17(3) exception. A granted erasure erases the person at once (unless a legal hold stands).
 */
@Service
public class SubjectRequests {

	static final String AUDIT_OBJECT = "subject-request";
	static final int MAXIMUM_TEXT = 4000;

	/** Who handles requests: the secretariat (bedrijfsbureau) and the house manager. */
	public static boolean mayHandle(SignedInUser user) {
		return user.roles().contains(Role.SECRETARIAT) || user.roles().contains(Role.HOUSE_MANAGER);
	}

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final DataSubjects subjects;
	private final RetentionJob retention;
	private final Clock clock;

	SubjectRequests(JdbcClient jdbc, AuditLog auditLog, DataSubjects subjects, RetentionJob retention, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.subjects = subjects;
		this.retention = retention;
		this.clock = clock;
	}

	@Transactional
	public SubjectRequest register(@Nullable Kind kind, @Nullable UUID person, @Nullable LocalDate receivedOn,
			@Nullable String requestText, SignedInUser by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (kind == null) {
			problems.put("kind", "subjectRequest.error.kind");
		}
		if (person == null) {
			problems.put("personId", "subjectRequest.error.personRequired");
		}
		else if (subjects.displayName(person).isEmpty()) {
			problems.put("personId", "subjectRequest.error.personUnknown");
		}
		LocalDate today = LocalDate.now(clock);
		if (receivedOn == null) {
			problems.put("receivedOn", "subjectRequest.error.receivedOn");
		}
		else if (receivedOn.isAfter(today)) {
			problems.put("receivedOn", "subjectRequest.error.receivedOnFuture");
		}
		if (requestText != null && requestText.length() > MAXIMUM_TEXT) {
			problems.put("request", "subjectRequest.error.textTooLong");
		}
		if (!problems.isEmpty() || kind == null || person == null || receivedOn == null) {
			throw new PrivacyRefused(problems);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO privacy_subject_request (id, kind, person_id, received_on, deadline, request_text, status,
				  registered_by, registered_at)
				VALUES (:id, :kind, :person, :received, :deadline, :text, 'OPEN', :by, :now)""")
			.param("id", id).param("kind", kind.name()).param("person", person).param("received", receivedOn)
			.param("deadline", receivedOn.plusMonths(1)).param("text", blankToNull(requestText)).param("by", by.id())
			.param("now", OffsetDateTime.now(clock))
			.update();
		step(id, by, "REGISTERED", kind.name());
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, id)
			.concerning(person)
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
		return find(id).orElseThrow();
	}

	@Transactional
	public SubjectRequest extend(UUID id, @Nullable LocalDate to, @Nullable String reason, SignedInUser by) {
		SubjectRequest request = find(id).orElseThrow(SubjectRequestNotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		if (request.status() != Status.OPEN) {
			problems.put("status", "subjectRequest.error.notOpen");
		}
		if (to == null || !to.isAfter(request.deadline()) || to.isAfter(request.receivedOn().plusMonths(3))) {
			problems.put("extendedTo", "subjectRequest.error.extension");
		}
		if (reason == null || reason.strip().length() < 10 || reason.length() > MAXIMUM_TEXT) {
			problems.put("reason", "subjectRequest.error.extensionReason");
		}
		if (!problems.isEmpty()) {
			throw new PrivacyRefused(problems);
		}
		jdbc.sql("UPDATE privacy_subject_request SET extended_to = :to, extension_reason = :reason WHERE id = :id")
			.param("to", to).param("reason", reason.strip()).param("id", id)
			.update();
		step(id, by, "EXTENDED", to.toString());
		audit(AuditAction.UPDATE, request);
		return find(id).orElseThrow();
	}

	@Transactional
	public SubjectRequest decide(UUID id, @Nullable Status status, @Nullable String decision,
			@Nullable ErasureException exception, SignedInUser by) {
		SubjectRequest request = find(id).orElseThrow(SubjectRequestNotFound::new);
		Map<String, String> problems = new LinkedHashMap<>();
		if (request.status() != Status.OPEN) {
			problems.put("status", "subjectRequest.error.notOpen");
		}
		else if (status == null || status == Status.OPEN) {
			problems.put("status", "subjectRequest.error.status");
		}
		if (decision == null || decision.isBlank() || decision.length() > MAXIMUM_TEXT) {
			problems.put("decision", "subjectRequest.error.decision");
		}
		if (request.kind() == Kind.ERASURE && status != null && status != Status.GRANTED && status != Status.OPEN
				&& exception == null) {
			problems.put("legalGround", "subjectRequest.error.legalGround");
		}
		if (!problems.isEmpty()) {
			throw new PrivacyRefused(problems);
		}
		jdbc.sql("""
				UPDATE privacy_subject_request SET status = :status, decision = :decision, legal_ground = :ground,
				  decided_by = :by, decided_at = :now WHERE id = :id""")
			.param("status", status.name()).param("decision", decision.strip())
			.param("ground", exception == null ? null : exception.name()).param("by", by.id())
			.param("now", OffsetDateTime.now(clock)).param("id", id)
			.update();
		step(id, by, "DECIDED", status.name());
		audit(AuditAction.UPDATE, request);
		if (request.kind() == Kind.ERASURE && status == Status.GRANTED) {
			int erased = retention.eraseOnRequest(request.personId(), id);
			step(id, by, erased >= 0 ? "ERASED" : "ERASURE_HELD", erased >= 0 ? Integer.toString(erased) : null);
		}
		return find(id).orElseThrow();
	}

	/** A request, read without auditing (the caller audits what it shows). */
	public Optional<SubjectRequest> find(UUID id) {
		List<Step> steps = jdbc.sql("SELECT * FROM privacy_subject_request_step WHERE request_id = :id ORDER BY at")
			.param("id", id)
			.query((rows, number) -> new Step(rows.getObject("at", OffsetDateTime.class).toInstant(),
					rows.getString("actor_name"), rows.getString("step"), rows.getString("detail")))
			.list();
		return jdbc.sql("SELECT * FROM privacy_subject_request WHERE id = :id")
			.param("id", id)
			.query((rows, number) -> map(rows, steps))
			.optional();
	}

	/** All requests, open ones first by due date, then decided ones newest first. */
	public List<SubjectRequest> all() {
		return jdbc.sql("""
				SELECT * FROM privacy_subject_request
				ORDER BY (status = 'OPEN') DESC, coalesce(extended_to, deadline), registered_at DESC""")
			.query((rows, number) -> map(rows, List.of()))
			.list();
	}

	void step(UUID id, SignedInUser by, String step, @Nullable String detail) {
		jdbc.sql("""
				INSERT INTO privacy_subject_request_step (request_id, at, actor_id, actor_name, step, detail)
				VALUES (:id, :now, :actor, :name, :step, :detail)""")
			.param("id", id).param("now", OffsetDateTime.now(clock)).param("actor", by.id())
			.param("name", by.getUsername()).param("step", step).param("detail", detail)
			.update();
	}

	void audit(AuditAction action, SubjectRequest request) {
		auditLog.record(AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, AUDIT_OBJECT, request.id())
			.concerning(request.personId())
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static SubjectRequest map(ResultSet rows, List<Step> steps) throws SQLException {
		OffsetDateTime decided = rows.getObject("decided_at", OffsetDateTime.class);
		return new SubjectRequest(rows.getObject("id", UUID.class), Kind.valueOf(rows.getString("kind")),
				rows.getObject("person_id", UUID.class), rows.getObject("received_on", LocalDate.class),
				rows.getObject("deadline", LocalDate.class), rows.getObject("extended_to", LocalDate.class),
				rows.getString("extension_reason"), rows.getString("request_text"),
				Status.valueOf(rows.getString("status")), rows.getString("decision"), rows.getString("legal_ground"),
				rows.getObject("registered_at", OffsetDateTime.class).toInstant(),
				decided == null ? null : decided.toInstant(), steps);
	}
}
