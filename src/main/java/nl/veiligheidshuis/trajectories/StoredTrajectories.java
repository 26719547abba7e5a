package nl.veiligheidshuis.trajectories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.veiligheidshuis.partners.Chain;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The trajectories in PostgreSQL. {@link #save} writes the aggregate's state, its new participants and
 * timeline entries and publishes its events, in the caller's transaction; a trajectory loaded with a
 * version that is no longer current is refused ({@link TrajectoryRefused#STALE}), so a concurrent change is
 * never overwritten.
 */
@Repository
class StoredTrajectories {

	private static final String COLUMNS = """
			SELECT id, person_id, target_group, state, origin, priority_list_id, referral_id, urgent_reason,
			       intervention_manager, intervention_manager_name, started_at, state_changed_at, closure_reason,
			       closure_explanation, version
			FROM trajectories_trajectory""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	StoredTrajectories(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Optional<Trajectory> find(UUID id) {
		List<Participant> participants = participants(List.of(id)).getOrDefault(id, List.of());
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id)
			.query((rs, n) -> trajectory(rs, participants)).optional();
	}

	/** Trajectories chosen by a condition on the table (alias-free), with their participants. */
	List<Trajectory> where(String condition, Map<String, ?> params) {
		List<Trajectory> found = jdbc.sql(COLUMNS + " WHERE " + condition + " ORDER BY started_at DESC, id")
			.params(params)
			.query((rs, n) -> trajectory(rs, List.of()))
			.list();
		Map<UUID, List<Participant>> participants = participants(found.stream().map(Trajectory::id).toList());
		return found.stream().map(t -> withParticipants(t, participants.getOrDefault(t.id(), List.of()))).toList();
	}

	void save(Trajectory trajectory) {
		if (trajectory.isNew()) {
			insert(trajectory);
		}
		else {
			update(trajectory);
		}
		for (Participant participant : trajectory.newParticipants()) {
			jdbc.sql("""
					INSERT INTO trajectories_participant (trajectory_id, organisation_id, organisation_name, role, chain)
					VALUES (:trajectory, :organisation, :name, :role, :chain)""")
				.param("trajectory", trajectory.id()).param("organisation", participant.organisationId())
				.param("name", participant.organisationName()).param("role", participant.role().name())
				.param("chain", participant.chain() == null ? null : participant.chain().name())
				.update();
		}
		for (TimelineEntry entry : trajectory.newEntries()) {
			jdbc.sql("""
					INSERT INTO trajectories_timeline_entry (id, trajectory_id, kind, at, actor_id, actor_name, from_state,
					  to_state, reason, detail, previous_detail)
					VALUES (:id, :trajectory, :kind, :at, :actor, :actorName, :from, :to, :reason, :detail, :previous)""")
				.param("id", entry.id()).param("trajectory", trajectory.id()).param("kind", entry.kind().name())
				.param("at", utc(entry.at())).param("actor", entry.actorId()).param("actorName", entry.actorName())
				.param("from", entry.from() == null ? null : entry.from().name())
				.param("to", entry.to() == null ? null : entry.to().name())
				.param("reason", entry.reason()).param("detail", entry.detail()).param("previous", entry.previousDetail())
				.update();
		}
		trajectory.events().forEach(events::publishEvent);
	}

	private void insert(Trajectory t) {
		try {
			jdbc.sql("""
					INSERT INTO trajectories_trajectory (id, person_id, target_group, state, origin, priority_list_id,
					  referral_id, urgent_reason, intervention_manager, intervention_manager_name, started_at,
					  state_changed_at, closure_reason, closure_explanation, version)
					VALUES (:id, :person, :targetGroup, :state, :origin, :list, :referral, :urgentReason, :manager,
					  :managerName, :startedAt, :stateChangedAt, :closureReason, :closureExplanation, 0)""")
				.param("id", t.id()).param("person", t.personId()).param("targetGroup", t.targetGroup().name())
				.param("state", t.state().name()).param("origin", t.origin().name()).param("list", t.priorityListId())
				.param("referral", t.referralId()).param("urgentReason", t.urgentReason())
				.param("manager", t.interventionManager()).param("managerName", t.interventionManagerName())
				.param("startedAt", utc(t.startedAt())).param("stateChangedAt", utc(t.stateChangedAt()))
				.param("closureReason", t.closureReason() == null ? null : t.closureReason().name())
				.param("closureExplanation", t.closureExplanation())
				.update();
		}
		catch (DuplicateKeyException openAlready) {
			// two starts for one person at the same moment: the unique index keeps one open trajectory
			throw new TrajectoryRefused(TrajectoryRules.OPEN_TRAJECTORY);
		}
	}

	private void update(Trajectory t) {
		int updated = jdbc.sql("""
				UPDATE trajectories_trajectory SET state = :state, state_changed_at = :stateChangedAt,
				  intervention_manager = :manager, intervention_manager_name = :managerName,
				  closure_reason = :closureReason, closure_explanation = :closureExplanation, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("state", t.state().name()).param("stateChangedAt", utc(t.stateChangedAt()))
			.param("manager", t.interventionManager()).param("managerName", t.interventionManagerName())
			.param("closureReason", t.closureReason() == null ? null : t.closureReason().name())
			.param("closureExplanation", t.closureExplanation())
			.param("id", t.id()).param("version", t.version())
			.update();
		if (updated != 1) {
			throw new TrajectoryRefused(TrajectoryRefused.STALE);
		}
	}

	/** The timeline of one trajectory, oldest first. */
	List<TimelineEntry> timeline(UUID trajectoryId) {
		return jdbc.sql("""
				SELECT id, kind, at, actor_id, actor_name, from_state, to_state, reason, detail, previous_detail
				FROM trajectories_timeline_entry WHERE trajectory_id = :id ORDER BY sequence""")
			.param("id", trajectoryId)
			.query((rs, n) -> new TimelineEntry(rs.getObject("id", UUID.class), TimelineKind.valueOf(rs.getString("kind")),
					rs.getObject("at", OffsetDateTime.class), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
					state(rs.getString("from_state")), state(rs.getString("to_state")), rs.getString("reason"),
					rs.getString("detail"), rs.getString("previous_detail")))
			.list();
	}

	/** The persons with an open trajectory. */
	Set<UUID> personsWithOpenTrajectory() {
		return new HashSet<>(jdbc.sql("SELECT person_id FROM trajectories_trajectory WHERE state <> 'CLOSED'")
			.query(UUID.class).list());
	}

	/** The open trajectories of these persons: id and assigned intervention manager (may be null). */
	List<Map.Entry<UUID, Optional<UUID>>> openTrajectoriesOf(Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, intervention_manager FROM trajectories_trajectory
				WHERE state <> 'CLOSED' AND person_id = ANY(:persons) ORDER BY id""")
			.param("persons", personIds.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class),
					Optional.ofNullable(rs.getObject(2, UUID.class))))
			.list();
	}

	boolean hasOpenTrajectory(UUID personId) {
		return jdbc.sql("SELECT count(*) FROM trajectories_trajectory WHERE person_id = :p AND state <> 'CLOSED'")
			.param("p", personId).query(Long.class).single() > 0;
	}

	/** The referrals an urgent trajectory was started from (one referral starts at most one trajectory). */
	Set<UUID> referralsStarted() {
		return new HashSet<>(jdbc.sql("SELECT referral_id FROM trajectories_trajectory WHERE referral_id IS NOT NULL")
			.query(UUID.class).list());
	}

	/** Open trajectories per intervention manager and state: the caseload counts. */
	Map<UUID, Map<TrajectoryState, Integer>> openCountsByManager() {
		Map<UUID, Map<TrajectoryState, Integer>> counts = new HashMap<>();
		jdbc.sql("""
				SELECT intervention_manager, state, count(*) FROM trajectories_trajectory
				WHERE state <> 'CLOSED' AND intervention_manager IS NOT NULL GROUP BY intervention_manager, state""")
			.query(rs -> {
				counts.computeIfAbsent(rs.getObject(1, UUID.class), m -> new HashMap<>())
					.put(TrajectoryState.valueOf(rs.getString(2)), rs.getInt(3));
			});
		return counts;
	}

	int countInState(TrajectoryState state) {
		return jdbc.sql("SELECT count(*) FROM trajectories_trajectory WHERE state = :s").param("s", state.name())
			.query(Integer.class).single();
	}

	int countOf(UUID manager, TrajectoryState state) {
		return jdbc.sql("SELECT count(*) FROM trajectories_trajectory WHERE intervention_manager = :m AND state = :s")
			.param("m", manager).param("s", state.name()).query(Integer.class).single();
	}

	private Map<UUID, List<Participant>> participants(Collection<UUID> trajectoryIds) {
		Map<UUID, List<Participant>> participants = new HashMap<>();
		if (trajectoryIds.isEmpty()) {
			return participants;
		}
		jdbc.sql("""
				SELECT trajectory_id, organisation_id, organisation_name, role, chain FROM trajectories_participant
				WHERE trajectory_id = ANY(:ids) ORDER BY role, chain, organisation_name""")
			.param("ids", trajectoryIds.toArray(UUID[]::new))
			.query(rs -> {
				participants.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
					.add(new Participant(rs.getObject(2, UUID.class), rs.getString(3), Participant.Role.valueOf(rs.getString(4)),
							rs.getString(5) == null ? null : Chain.valueOf(rs.getString(5))));
			});
		return participants;
	}

	private static Trajectory trajectory(ResultSet rs, List<Participant> participants) throws SQLException {
		String closure = rs.getString("closure_reason");
		return new Trajectory(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				TargetGroup.valueOf(rs.getString("target_group")), TrajectoryOrigin.valueOf(rs.getString("origin")),
				rs.getObject("priority_list_id", UUID.class), rs.getObject("referral_id", UUID.class),
				rs.getString("urgent_reason"), rs.getObject("started_at", OffsetDateTime.class), rs.getLong("version"),
				TrajectoryState.valueOf(rs.getString("state")), rs.getObject("state_changed_at", OffsetDateTime.class),
				rs.getObject("intervention_manager", UUID.class), rs.getString("intervention_manager_name"),
				closure == null ? null : ClosureReason.valueOf(closure), rs.getString("closure_explanation"), participants);
	}

	private static Trajectory withParticipants(Trajectory t, List<Participant> participants) {
		return new Trajectory(t.id(), t.personId(), t.targetGroup(), t.origin(), t.priorityListId(), t.referralId(),
				t.urgentReason(), t.startedAt(), t.version(), t.state(), t.stateChangedAt(), t.interventionManager(),
				t.interventionManagerName(), t.closureReason(), t.closureExplanation(), participants);
	}

	private static @Nullable TrajectoryState state(@Nullable String name) {
		return name == null ? null : TrajectoryState.valueOf(name);
	}

	private static OffsetDateTime utc(OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
