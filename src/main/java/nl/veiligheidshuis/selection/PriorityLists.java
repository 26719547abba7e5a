package nl.veiligheidshuis.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * The adopted versions of the priority list: immutable (a trigger refuses changes), ranked, each with
 * who decided, when, on which rule set and reference date; the difference with the version before it;
 * and the renewal clock (a new version at least every 6 months).
 */
@Service
public class PriorityLists {

	/** The list must be renewed this many months after adoption. */
	public static final int RENEWAL_MONTHS = 6;
	/** The reminder starts this many days before renewal is due. */
	public static final int REMINDER_DAYS = 28;

	public record PriorityList(UUID id, int version, UUID meetingId, UUID runId, int ruleSetVersion,
			LocalDate referenceDate, OffsetDateTime adoptedAt, UUID adoptedBy) {
	}

	public record Entry(int rank, UUID personId, String name, @Nullable LocalDate dateOfBirth,
			@Nullable TargetGroup category, @Nullable Double score, List<ScoreContribution> breakdown,
			@Nullable String inclusionReason, Movement movement, @Nullable Integer previousRank) {
	}

	/** How a person's place differs from the version before. */
	public enum Movement {
		ENTERED, UP, DOWN, SAME
	}

	public record Departure(UUID personId, String name, MeetingDecision decision, String reason) {
	}

	public enum RenewalState {
		NONE, CURRENT, DUE_SOON, OVERDUE
	}

	/** The age of the current list and when it must be renewed. */
	public record Renewal(RenewalState state, @Nullable PriorityList current, @Nullable LocalDate dueOn,
			long ageInDays) {
	}

	private final JdbcClient jdbc;
	private final Persons persons;
	private final AuditLog auditLog;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	PriorityLists(JdbcClient jdbc, Persons persons, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	private static final String COLUMNS = """
			SELECT id, version, meeting_id, run_id, rule_set_version, reference_date, adopted_at, adopted_by
			FROM selection_priority_list""";

	private static PriorityList list(ResultSet rs, int n) throws SQLException {
		return new PriorityList(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("meeting_id", UUID.class),
				rs.getObject("run_id", UUID.class), rs.getInt("rule_set_version"),
				rs.getObject("reference_date", LocalDate.class), rs.getObject("adopted_at", OffsetDateTime.class),
				rs.getObject("adopted_by", UUID.class));
	}

	@Transactional(readOnly = true)
	public Optional<PriorityList> current() {
		return jdbc.sql(COLUMNS + " ORDER BY version DESC LIMIT 1").query(PriorityLists::list).optional();
	}

	@Transactional(readOnly = true)
	public Optional<PriorityList> find(UUID listId) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", listId).query(PriorityLists::list).optional();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public List<PriorityList> all() {
		return jdbc.sql(COLUMNS + " ORDER BY version DESC").query(PriorityLists::list).list();
	}

	Optional<PriorityList> previous(PriorityList list) {
		return jdbc.sql(COLUMNS + " WHERE version < :v ORDER BY version DESC LIMIT 1").param("v", list.version())
			.query(PriorityLists::list).optional();
	}

	/** The persons on a version (for other modules: who may start a trajectory). */
	@Transactional(readOnly = true)
	public Set<UUID> personIds(UUID listId) {
		return new HashSet<>(jdbc.sql("SELECT person_id FROM selection_priority_list_entry WHERE list_id = :list")
			.param("list", listId).query(UUID.class).list());
	}

	/** Whether the person is on the current version of the list. */
	@Transactional(readOnly = true)
	public boolean isOnCurrentList(UUID personId) {
		return current().map(list -> personIds(list.id()).contains(personId)).orElse(false);
	}

	/** The ranked entries with their movement against the version before; audited as a read of those persons. */
	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public List<Entry> entries(UUID listId) {
		PriorityList list = find(listId).orElseThrow();
		Map<UUID, Integer> before = new HashMap<>();
		previous(list).ifPresent(previous -> jdbc.sql(
				"SELECT person_id, rank FROM selection_priority_list_entry WHERE list_id = :list")
			.param("list", previous.id()).query(rs -> {
				before.put(rs.getObject(1, UUID.class), rs.getInt(2));
			}));
		record Row(int rank, UUID person, @Nullable String category, @Nullable Double score, @Nullable String breakdown,
				@Nullable String reason) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT rank, person_id, category, score, breakdown, inclusion_reason
				FROM selection_priority_list_entry WHERE list_id = :list ORDER BY rank""")
			.param("list", listId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getObject(4) == null ? null : rs.getDouble(4), rs.getString(5), rs.getString(6)))
			.list();
		Map<UUID, PersonName> names = persons.names(rows.stream().map(Row::person).toList());
		List<Entry> entries = rows.stream().map(row -> {
			PersonName name = names.get(row.person());
			Integer previousRank = before.get(row.person());
			Movement movement = previousRank == null ? Movement.ENTERED
					: previousRank > row.rank() ? Movement.UP : previousRank < row.rank() ? Movement.DOWN : Movement.SAME;
			return new Entry(row.rank(), row.person(), name == null ? "" : name.displayName(),
					name == null ? null : name.dateOfBirth(), row.category() == null ? null : TargetGroup.valueOf(row.category()),
					row.score(), row.breakdown() == null ? List.of() : List.of(json.readValue(row.breakdown(), ScoreContribution[].class)),
					row.reason(), movement, previousRank);
		}).toList();
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				"selection-priority-list", listId).concerning(entries.stream().map(Entry::personId).toList()));
		return entries;
	}

	/** Who left the list with this version, and the meeting's reason; audited with the entries' read. */
	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public List<Departure> departures(UUID listId) {
		record Row(UUID person, String decision, String reason) {
		}
		List<Row> rows = jdbc.sql("SELECT person_id, decision, reason FROM selection_priority_list_departure WHERE list_id = :list")
			.param("list", listId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
		Map<UUID, PersonName> names = persons.names(rows.stream().map(Row::person).toList());
		if (!rows.isEmpty()) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
					"selection-priority-list", listId).concerning(rows.stream().map(Row::person).toList()));
		}
		return rows.stream().map(row -> new Departure(row.person(),
				names.containsKey(row.person()) ? names.get(row.person()).displayName() : "",
				MeetingDecision.valueOf(row.decision()), row.reason())).toList();
	}

	/** The renewal clock of the current list on today's date. */
	@Transactional(readOnly = true)
	public Renewal renewal() {
		LocalDate today = LocalDate.now(clock);
		Optional<PriorityList> current = current();
		if (current.isEmpty()) {
			return new Renewal(RenewalState.NONE, null, null, 0);
		}
		LocalDate adopted = current.get().adoptedAt().atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDate();
		LocalDate due = adopted.plusMonths(RENEWAL_MONTHS);
		return new Renewal(state(adopted, today), current.get(), due, java.time.temporal.ChronoUnit.DAYS.between(adopted, today));
	}

	/**
	 * The renewal state of a list adopted on a day: due 6 months later (the same calendar day, or the last
	 * of the month); from 4 weeks before that day on a reminder; after that day overdue.
	 */
	static RenewalState state(LocalDate adopted, LocalDate today) {
		LocalDate due = adopted.plusMonths(RENEWAL_MONTHS);
		return today.isAfter(due) ? RenewalState.OVERDUE
				: !today.isBefore(due.minusDays(REMINDER_DAYS)) ? RenewalState.DUE_SOON : RenewalState.CURRENT;
	}
}
