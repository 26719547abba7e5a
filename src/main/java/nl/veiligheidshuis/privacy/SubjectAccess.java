package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.identity.SignedInUser;

/**
 * Assembles a subject access export (AVG art. 15): what every module holds about the person (its
 * {@link SubjectAccessContributor}s), where it came from, who received it (the partners whose people read, searched,
 * exported or printed it, from the audit log), for which purposes (the register), how long it is kept, and the
 * legal holds and transfers. The export is audited and recorded as a step of the request.
 */
@Service
public class SubjectAccess {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** The export, in Dutch, as JSON and as the PDF shows it. */
	public record Export(UUID requestId, UUID personId, String name, LocalDate producedOn, List<ExportSection> sections,
			List<Recipient> recipients, List<ProcessingActivity> purposes, List<RetentionLine> retention,
			List<LegalHold> legalHolds, List<TransferLine> transfers) {
	}

	public record ExportSection(String title, String activity, String recordType, List<ExportItem> items) {
	}

	public record ExportItem(String heading, @Nullable String source, List<ExportField> fields) {
	}

	public record ExportField(String label, String value) {
	}

	/** A partner whose people accessed the data: when first and last, how often, for which activities. */
	public record Recipient(@Nullable UUID organisationId, String organisation, OffsetDateTime firstAccess,
			OffsetDateTime lastAccess,
			long accesses, List<String> activities) {
	}

	public record RetentionLine(String recordType, String title, String period) {
	}

	public record TransferLine(UUID sourceId, UUID recipientId, String legalBasis, String activity, Instant at) {
	}

	private final List<SubjectAccessContributor> contributors;
	private final ProcessingActivities activities;
	private final RetentionPeriods periods;
	private final LegalHolds holds;
	private final SubjectRequests requests;
	private final DataSubjects subjects;
	private final AuditLog auditLog;
	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;

	SubjectAccess(List<SubjectAccessContributor> contributors, ProcessingActivities activities, RetentionPeriods periods,
			LegalHolds holds, SubjectRequests requests, DataSubjects subjects, AuditLog auditLog, JdbcClient jdbc,
			MessageSource messages, Clock clock) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(SubjectAccessContributor::order)).toList();
		this.activities = activities;
		this.periods = periods;
		this.holds = holds;
		this.requests = requests;
		this.subjects = subjects;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/** The export of a request; recorded as exported, and audited as an export concerning the person. */
	@Transactional
	public Export export(UUID requestId, SignedInUser by, String format) {
		SubjectRequest request = requests.find(requestId).orElseThrow(SubjectRequestNotFound::new);
		UUID person = request.personId();
		LocalDate today = LocalDate.now(clock);
		List<ExportSection> sections = new ArrayList<>();
		Set<String> usedActivities = new LinkedHashSet<>();
		List<RetentionLine> retention = new ArrayList<>();
		Set<String> recordTypes = new LinkedHashSet<>();
		for (SubjectAccessContributor contributor : contributors) {
			for (SubjectAccessContributor.Section section : contributor.contribute(person)) {
				String title = text(section.titleKey());
				sections.add(new ExportSection(title, section.activity(), section.recordType(), section.items().stream()
					.map(item -> new ExportItem(item.heading(), item.source(), item.fields().stream()
						.map(field -> new ExportField(text(field.labelKey()), value(field.value())))
						.toList()))
					.toList()));
				usedActivities.add(section.activity());
				if (recordTypes.add(section.recordType())) {
					retention.add(new RetentionLine(section.recordType(), title,
							describe(periods.periodOf(section.recordType(), null))));
				}
			}
		}
		List<Recipient> recipients = recipients(person);
		recipients.forEach(recipient -> usedActivities.addAll(recipient.activities()));
		List<ProcessingActivity> purposes = activities.validOn(today).stream()
			.filter(activity -> usedActivities.contains(activity.code()))
			.toList();
		List<TransferLine> transfers = jdbc.sql("SELECT * FROM privacy_transfer WHERE person_id = :person ORDER BY at")
			.param("person", person)
			.query((rows, number) -> new TransferLine(rows.getObject("source_id", UUID.class),
					rows.getObject("recipient_id", UUID.class), rows.getString("legal_basis"), rows.getString("activity"),
					rows.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
		Export export = new Export(requestId, person, subjects.displayName(person).orElse(""), today, sections, recipients,
				purposes, retention, holds.of(person), transfers);
		requests.step(requestId, by, "EXPORTED", format);
		requests.audit(AuditAction.EXPORT, request);
		return export;
	}

	/** The partners whose people accessed data about the person, from the audit log (the export's own excluded). */
	List<Recipient> recipients(UUID person) {
		return jdbc.sql("""
				SELECT organisation_id, organisation_name, min(recorded_at) AS first_access, max(recorded_at) AS last_access,
				  count(*) AS accesses,
				  array_agg(DISTINCT processing_activity) FILTER (WHERE processing_activity IS NOT NULL) AS activities
				FROM privacy_audit_record
				WHERE person_id = :person AND result = 'ALLOWED' AND organisation_name IS NOT NULL
				  AND action IN ('READ', 'SEARCH', 'EXPORT', 'PRINT', 'BREAK_GLASS')
				  AND coalesce(object_type, '') <> :own
				GROUP BY organisation_id, organisation_name ORDER BY organisation_name""")
			.param("person", person)
			.param("own", SubjectRequests.AUDIT_OBJECT)
			.query((rows, number) -> {
				java.sql.Array array = rows.getArray("activities");
				List<String> codes = array == null ? List.of() : List.of((String[]) array.getArray());
				return new Recipient(rows.getObject("organisation_id", UUID.class), rows.getString("organisation_name"),
						rows.getObject("first_access", OffsetDateTime.class),
						rows.getObject("last_access", OffsetDateTime.class), rows.getLong("accesses"), codes);
			})
			.list();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), DUTCH);
	}

	private String value(String value) {
		return value.startsWith("sar.value.") ? text(value) : value;
	}

	private String describe(Period period) {
		return messages.getMessage("sar.retention.period", new Object[] { period.getYears(), period.getMonths() },
				period.toString(), DUTCH);
	}
}
