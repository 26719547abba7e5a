package nl.veiligheidshuis.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
 * Selection meetings and the priority lists they adopt (DESIGN.md §4 rule 3). The secretariat prepares a
 * meeting from a completed run: on its agenda are the run's candidates in the rule set's list categories
 * and everyone on the current list; partners may nominate others. Per person the meeting decides include,
 * exclude or hold; a reason is required to exclude, to include someone outside the list categories, and
 * for anyone who leaves the current list. The house manager adopts the meeting: that makes the next,
 * immutable version of the priority list, with who entered and who left (and why).
 */
@Service
public class SelectionMeetings {

	public enum OnAgendaAs {
		CANDIDATE, ON_CURRENT_LIST, NOMINATED
	}

	public record Meeting(UUID id, UUID runId, LocalDate heldOn, String participants, boolean adopted,
			@Nullable UUID listId) {
	}

	/** One person on the agenda, with what the run said about them (null when not a candidate of the run). */
	public record Item(UUID personId, String name, @Nullable LocalDate dateOfBirth, OnAgendaAs onAgendaAs,
			boolean onCurrentList, @Nullable String nominatedBy, @Nullable Candidate candidate,
			@Nullable MeetingDecision decision, @Nullable String reason) {

		/** Including this person needs a reason: they are outside the list categories of the run. */
		public boolean outsideListCategories(Set<TargetGroup> listCategories) {
			return candidate == null || !listCategories.contains(candidate.category());
		}
	}

	/** A decision or adoption that is not allowed: per field a message key. */
	public static class Refused extends RuntimeException {

		private final Map<String, String> problems;

		Refused(Map<String, String> problems) {
			super("refused: " + problems.keySet());
			this.problems = problems;
		}

		public Map<String, String> problems() {
			return problems;
		}
	}

	private final JdbcClient jdbc;
	private final SelectionRuns runs;
	private final RuleSets ruleSets;
	private final PriorityLists lists;
	private final Persons persons;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	SelectionMeetings(JdbcClient jdbc, SelectionRuns runs, RuleSets ruleSets, PriorityLists lists, Persons persons,
			AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.ruleSets = ruleSets;
		this.lists = lists;
		this.persons = persons;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public UUID prepare(UUID runId, @Nullable LocalDate heldOn, @Nullable String participants, UUID preparedBy) {
		Map<String, String> problems = new LinkedHashMap<>();
		SelectionRun run = runs.run(runId).orElse(null);
		if (run == null || !run.completed()) {
			problems.put("runId", "selection.meeting.run.notCompleted");
		}
		if (heldOn == null) {
			problems.put("heldOn", "selection.meeting.heldOn.required");
		}
		if (participants == null || participants.isBlank()) {
			problems.put("participants", "selection.meeting.participants.required");
		}
		else if (participants.length() > 2000) {
			problems.put("participants", "selection.meeting.participants.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		RuleSet ruleSet = ruleSets.version(run.ruleSetVersion()).orElseThrow();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO selection_meeting (id, run_id, held_on, participants, prepared_by, prepared_at, status)
				VALUES (:id, :run, :heldOn, :participants, :by, :now, 'PREPARED')""")
			.param("id", id).param("run", runId).param("heldOn", heldOn).param("participants", participants.strip())
			.param("by", preparedBy).param("now", now()).update();
		jdbc.sql("""
				INSERT INTO selection_meeting_item (meeting_id, person_id, on_agenda_as)
				SELECT :meeting, person_id, 'CANDIDATE' FROM selection_candidate
				WHERE run_id = :run AND category = ANY(:categories)""")
			.param("meeting", id).param("run", runId)
			.param("categories", ruleSet.listCategories().stream().map(Enum::name).toArray(String[]::new)).update();
		lists.current().ifPresent(current -> jdbc.sql("""
				INSERT INTO selection_meeting_item (meeting_id, person_id, on_agenda_as)
				SELECT :meeting, person_id, 'ON_CURRENT_LIST' FROM selection_priority_list_entry WHERE list_id = :list
				ON CONFLICT DO NOTHING""").param("meeting", id).param("list", current.id()).update());
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "selection-meeting", id));
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public Optional<Meeting> find(UUID meetingId) {
		return jdbc.sql("""
				SELECT m.id, m.run_id, m.held_on, m.participants, m.status, l.id AS list_id
				FROM selection_meeting m LEFT JOIN selection_priority_list l ON l.meeting_id = m.id WHERE m.id = :id""")
			.param("id", meetingId).query(SelectionMeetings::meeting).optional();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public List<Meeting> recent(int limit) {
		return jdbc.sql("""
				SELECT m.id, m.run_id, m.held_on, m.participants, m.status, l.id AS list_id
				FROM selection_meeting m LEFT JOIN selection_priority_list l ON l.meeting_id = m.id
				ORDER BY m.prepared_at DESC LIMIT :limit""")
			.param("limit", limit).query(SelectionMeetings::meeting).list();
	}

	private static Meeting meeting(ResultSet rs, int n) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
				rs.getObject("held_on", LocalDate.class), rs.getString("participants"), "ADOPTED".equals(rs.getString("status")),
				rs.getObject("list_id", UUID.class));
	}

	/** The agenda in rank order (persons without a candidate row last), audited as a read of the persons on it. */
	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public List<Item> agenda(UUID meetingId) {
		Meeting meeting = find(meetingId).orElseThrow();
		Set<UUID> onCurrentList = lists.current().map(list -> lists.personIds(list.id())).orElse(Set.of());
		List<Item> items = items(meeting, onCurrentList);
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, "selection-meeting",
				meetingId).concerning(items.stream().map(Item::personId).toList()));
		return items;
	}

	private List<Item> items(Meeting meeting, Set<UUID> onCurrentList) {
		record Row(UUID person, OnAgendaAs as, @Nullable String nominatedBy, @Nullable MeetingDecision decision,
				@Nullable String reason, @Nullable Candidate candidate) {
		}
		Scoring scoring = runs.scoringOf(meeting.runId());
		List<Row> rows = jdbc.sql("""
				SELECT i.person_id, i.on_agenda_as, i.nominated_by, i.decision, i.reason, c.person_id AS candidate,
				       c.rank, c.category, c.score, c.age, c.age_band, c.gender, c.municipality, c.antecedents,
				       c.last_antecedent, c.factors
				FROM selection_meeting_item i
				LEFT JOIN selection_candidate c ON c.run_id = :run AND c.person_id = i.person_id
				WHERE i.meeting_id = :meeting
				ORDER BY c.rank NULLS LAST, i.person_id""")
			.param("run", meeting.runId()).param("meeting", meeting.id())
			.query((rs, n) -> new Row(rs.getObject("person_id", UUID.class), OnAgendaAs.valueOf(rs.getString("on_agenda_as")),
					rs.getString("nominated_by"),
					rs.getString("decision") == null ? null : MeetingDecision.valueOf(rs.getString("decision")),
					rs.getString("reason"), rs.getObject("candidate") == null ? null : SelectionRuns.candidate(rs, scoring)))
			.list();
		Map<UUID, PersonName> names = persons.names(rows.stream().map(Row::person).toList());
		return rows.stream().map(row -> {
			PersonName name = names.get(row.person());
			return new Item(row.person(), name == null ? "" : name.displayName(), name == null ? null : name.dateOfBirth(),
					row.as(), onCurrentList.contains(row.person()), row.nominatedBy(),
					row.candidate() == null ? null : SelectionRuns.withName(row.candidate(), name), row.decision(), row.reason());
		}).toList();
	}

	/** A partner nominates a person of the registry who is not on the agenda (a reason is required on inclusion). */
	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public void nominate(UUID meetingId, UUID personId, @Nullable String nominatedBy) {
		Meeting meeting = open(meetingId);
		Map<String, String> problems = new LinkedHashMap<>();
		if (persons.names(List.of(personId)).isEmpty()) {
			problems.put("personId", "selection.meeting.nominate.unknownPerson");
		}
		if (nominatedBy == null || nominatedBy.isBlank()) {
			problems.put("nominatedBy", "selection.meeting.nominatedBy.required");
		}
		else if (nominatedBy.length() > 300) {
			problems.put("nominatedBy", "selection.meeting.nominatedBy.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		jdbc.sql("""
				INSERT INTO selection_meeting_item (meeting_id, person_id, on_agenda_as, nominated_by)
				VALUES (:meeting, :person, 'NOMINATED', :by) ON CONFLICT DO NOTHING""")
			.param("meeting", meeting.id()).param("person", personId).param("by", nominatedBy.strip()).update();
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "selection-meeting",
				meetingId).concerning(personId));
	}

	@Transactional
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public void decide(UUID meetingId, UUID personId, @Nullable MeetingDecision decision, @Nullable String reason,
			UUID decidedBy) {
		Meeting meeting = open(meetingId);
		RuleSet ruleSet = ruleSets.version(runs.run(meeting.runId()).orElseThrow().ruleSetVersion()).orElseThrow();
		Set<UUID> onCurrentList = lists.current().map(list -> lists.personIds(list.id())).orElse(Set.of());
		Item item = items(meeting, onCurrentList).stream().filter(i -> i.personId().equals(personId)).findFirst()
			.orElseThrow(() -> new Refused(Map.of("personId", "selection.meeting.notOnAgenda")));
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		Map<String, String> problems = new LinkedHashMap<>();
		if (decision == null) {
			problems.put("decision", "selection.meeting.decision.required");
		}
		else if (text == null) {
			if (decision == MeetingDecision.EXCLUDE) {
				problems.put("reason", "selection.meeting.reason.exclude");
			}
			else if (decision == MeetingDecision.INCLUDE && item.outsideListCategories(ruleSet.listCategories())) {
				problems.put("reason", "selection.meeting.reason.outsideCategories");
			}
			else if (decision == MeetingDecision.HOLD && item.onCurrentList()) {
				problems.put("reason", "selection.meeting.reason.leaving");
			}
		}
		if (text != null && text.length() > 2000) {
			problems.put("reason", "selection.meeting.reason.tooLong");
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		jdbc.sql("""
				UPDATE selection_meeting_item SET decision = :decision, reason = :reason, decided_by = :by, decided_at = :now
				WHERE meeting_id = :meeting AND person_id = :person""")
			.param("decision", decision.name()).param("reason", text).param("by", decidedBy).param("now", now())
			.param("meeting", meetingId).param("person", personId).update();
		auditLog.record(AuditEntry.of(AuditAction.UPDATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "selection-meeting",
				meetingId).concerning(personId));
	}

	/**
	 * Adopts the meeting: every person on the agenda must have a decision. The included persons make the
	 * next version of the priority list, ranked by the run's score (nominated persons without a score after
	 * them); whoever was on the current list and is not included leaves it with the meeting's reason.
	 */
	@Transactional
	@PreAuthorize("hasRole('HOUSE_MANAGER')")
	public PriorityLists.PriorityList adopt(UUID meetingId, UUID adoptedBy) {
		return adopt(meetingId, adoptedBy, now());
	}

	PriorityLists.PriorityList adopt(UUID meetingId, UUID adoptedBy, OffsetDateTime at) {
		Meeting meeting = open(meetingId);
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selection.priority-list'))").query().singleValue();
		SelectionRun run = runs.run(meeting.runId()).orElseThrow();
		Optional<PriorityLists.PriorityList> previous = lists.current();
		Set<UUID> onCurrentList = previous.map(list -> lists.personIds(list.id())).orElse(Set.of());
		List<Item> items = items(meeting, onCurrentList);
		long undecided = items.stream().filter(i -> i.decision() == null).count();
		if (undecided > 0) {
			throw new Refused(Map.of("decision", "selection.meeting.adopt.undecided"));
		}
		List<Item> included = new ArrayList<>(items.stream().filter(i -> i.decision() == MeetingDecision.INCLUDE).toList());
		included.sort(Comparator.comparing((Item i) -> i.candidate() == null ? Integer.MAX_VALUE : i.candidate().rank())
			.thenComparing(Item::personId));
		int version = previous.map(PriorityLists.PriorityList::version).orElse(0) + 1;
		UUID listId = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO selection_priority_list (id, version, meeting_id, run_id, rule_set_version, reference_date,
				  adopted_by, adopted_at)
				VALUES (:id, :version, :meeting, :run, :ruleSet, :reference, :by, :at)""")
			.param("id", listId).param("version", version).param("meeting", meetingId).param("run", run.id())
			.param("ruleSet", run.ruleSetVersion()).param("reference", run.referenceDate()).param("by", adoptedBy)
			.param("at", at).update();
		int rank = 0;
		Set<UUID> includedIds = new LinkedHashSet<>();
		for (Item item : included) {
			includedIds.add(item.personId());
			Candidate c = item.candidate();
			jdbc.sql("""
					INSERT INTO selection_priority_list_entry (list_id, rank, person_id, category, score, breakdown, inclusion_reason)
					SELECT :list, :rank, :person, c.category, c.score, CAST(:breakdown AS jsonb), :reason
					FROM (SELECT 1) one
					LEFT JOIN selection_candidate c ON c.run_id = :run AND c.person_id = :person""")
				.param("list", listId).param("rank", ++rank).param("person", item.personId()).param("run", run.id())
				.param("breakdown", c == null ? null : json.writeValueAsString(c.breakdown()))
				.param("reason", item.reason()).update();
		}
		List<UUID> left = new ArrayList<>();
		for (Item item : items) {
			if (item.onCurrentList() && !includedIds.contains(item.personId())) {
				left.add(item.personId());
				jdbc.sql("""
						INSERT INTO selection_priority_list_departure (list_id, person_id, decision, reason)
						VALUES (:list, :person, :decision, :reason)""")
					.param("list", listId).param("person", item.personId()).param("decision", item.decision().name())
					.param("reason", item.reason()).update();
			}
		}
		jdbc.sql("UPDATE selection_meeting SET status = 'ADOPTED' WHERE id = :id").param("id", meetingId).update();
		List<UUID> entered = includedIds.stream().filter(id -> !onCurrentList.contains(id)).toList();
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				"selection-priority-list", listId).concerning(new ArrayList<>(includedIds)));
		events.publishEvent(new PriorityListAdopted(listId, version, entered, left));
		return lists.find(listId).orElseThrow();
	}

	private Meeting open(UUID meetingId) {
		Meeting meeting = find(meetingId).orElseThrow(() -> new Refused(Map.of("meetingId", "selection.meeting.unknown")));
		if (meeting.adopted()) {
			throw new Refused(Map.of("meetingId", "selection.meeting.adopted"));
		}
		return meeting;
	}

	/** How many persons on the agenda still lack a decision. */
	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public Map<String, Integer> progress(UUID meetingId) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT coalesce(decision, 'OPEN') AS d, count(*) AS n FROM selection_meeting_item WHERE meeting_id = :m GROUP BY 1")
			.param("m", meetingId).query(rs -> {
				counts.put(rs.getString("d"), rs.getInt("n"));
			});
		return counts;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
