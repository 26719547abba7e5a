package nl.veiligheidshuis.trajectories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Intervention plans and their commitment requests in PostgreSQL. A plan version is written once with all
 * its interventions and never changed; a request is answered or withdrawn once.
 */
@Repository
class StoredPlans {

	/** A commitment request with the trajectory it belongs to. */
	record Request(UUID trajectoryId, Commitment commitment) {
	}

	private static final String COMMITMENT_COLUMNS = """
			SELECT id, trajectory_id, intervention_id, plan_number, owner_id, owner_name, planned_start, status, requested_at,
			       answered_at, answered_by_name, proposed_start, note
			FROM trajectories_commitment""";

	private final JdbcClient jdbc;

	StoredPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest version's number; 0 while the trajectory has no plan. */
	int currentNumber(UUID trajectoryId) {
		return jdbc.sql("SELECT coalesce(max(number), 0) FROM trajectories_plan_version WHERE trajectory_id = :t")
			.param("t", trajectoryId).query(Integer.class).single();
	}

	List<Intervention> interventions(UUID trajectoryId, int number) {
		return jdbc.sql("""
				SELECT intervention_id, description, life_domain, type, kind, owner_id, owner_name, planned_start, planned_end
				FROM trajectories_plan_intervention WHERE trajectory_id = :t AND plan_number = :n ORDER BY position""")
			.param("t", trajectoryId).param("n", number)
			.query((rs, n) -> new Intervention(rs.getObject(1, UUID.class), rs.getString(2), LifeDomain.valueOf(rs.getString(3)),
					InterventionType.valueOf(rs.getString(4)), InterventionKind.valueOf(rs.getString(5)),
					rs.getObject(6, UUID.class), rs.getString(7), rs.getObject(8, LocalDate.class),
					rs.getObject(9, LocalDate.class)))
			.list();
	}

	/** Every version, the newest first. */
	List<PlanVersion> versions(UUID trajectoryId) {
		return jdbc.sql("""
				SELECT number, change, reason, created_at, actor_name FROM trajectories_plan_version
				WHERE trajectory_id = :t ORDER BY number DESC""")
			.param("t", trajectoryId)
			.query((rs, n) -> new PlanVersion(rs.getInt(1), PlanVersion.Change.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
			.list();
	}

	/**
	 * Writes a version with all its interventions. Callers change the trajectory first (which checks and raises
	 * its version under a row lock), so two concurrent writers never reach the same number.
	 */
	void writeVersion(UUID trajectoryId, int number, PlanVersion.Change change, @Nullable String reason,
			Trajectory.Actor actor, OffsetDateTime at, List<Intervention> interventions) {
		jdbc.sql("""
				INSERT INTO trajectories_plan_version (trajectory_id, number, change, reason, created_at, actor_id, actor_name)
				VALUES (:t, :n, :change, :reason, :at, :actor, :actorName)""")
			.param("t", trajectoryId).param("n", number).param("change", change.name()).param("reason", reason)
			.param("at", utc(at)).param("actor", actor.id()).param("actorName", actor.name())
			.update();
		for (int k = 0; k < interventions.size(); k++) {
			Intervention i = interventions.get(k);
			jdbc.sql("""
					INSERT INTO trajectories_plan_intervention (trajectory_id, plan_number, intervention_id, position, description,
					  life_domain, type, kind, owner_id, owner_name, planned_start, planned_end)
					VALUES (:t, :n, :id, :position, :description, :domain, :type, :kind, :owner, :ownerName, :start, :end)""")
				.param("t", trajectoryId).param("n", number).param("id", i.id()).param("position", k)
				.param("description", i.description()).param("domain", i.lifeDomain().name()).param("type", i.type().name())
				.param("kind", i.kind().name()).param("owner", i.ownerId()).param("ownerName", i.ownerName())
				.param("start", i.plannedStart()).param("end", i.plannedEnd())
				.update();
		}
	}

	/** The commitment requests of a trajectory, the newest first. */
	List<Commitment> commitments(UUID trajectoryId) {
		return jdbc.sql(COMMITMENT_COLUMNS + " WHERE trajectory_id = :t ORDER BY requested_at DESC, planned_start DESC")
			.param("t", trajectoryId).query((rs, n) -> commitment(rs)).list();
	}

	/** The open request of an intervention, if any. */
	Optional<Request> openRequest(UUID interventionId) {
		return jdbc.sql(COMMITMENT_COLUMNS + " WHERE intervention_id = :i AND status = 'REQUESTED'")
			.param("i", interventionId)
			.query((rs, n) -> new Request(rs.getObject("trajectory_id", UUID.class), commitment(rs))).optional();
	}

	/** The trajectory an intervention belongs to (it keeps its id across versions). */
	Optional<UUID> trajectoryOf(UUID interventionId) {
		return jdbc.sql("SELECT DISTINCT trajectory_id FROM trajectories_plan_intervention WHERE intervention_id = :i")
			.param("i", interventionId).query(UUID.class).optional();
	}

	/** The open requests to one partner organisation, the earliest start first. */
	List<Request> openRequestsTo(UUID ownerId, int limit) {
		return jdbc.sql(COMMITMENT_COLUMNS + " WHERE owner_id = :o AND status = 'REQUESTED' ORDER BY planned_start LIMIT :limit")
			.param("o", ownerId).param("limit", limit)
			.query((rs, n) -> new Request(rs.getObject("trajectory_id", UUID.class), commitment(rs))).list();
	}

	void request(UUID trajectoryId, int planNumber, Intervention intervention, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO trajectories_commitment (id, trajectory_id, intervention_id, plan_number, owner_id, owner_name,
				  planned_start, status, requested_at)
				VALUES (:id, :t, :i, :n, :owner, :ownerName, :start, 'REQUESTED', :at)""")
			.param("id", UUID.randomUUID()).param("t", trajectoryId).param("i", intervention.id()).param("n", planNumber)
			.param("owner", intervention.ownerId()).param("ownerName", intervention.ownerName())
			.param("start", intervention.plannedStart()).param("at", utc(at))
			.update();
	}

	/** Answers an open request; false when it was answered or withdrawn meanwhile. */
	boolean answer(UUID commitmentId, CommitmentStatus status, @Nullable LocalDate proposedStart, @Nullable String note,
			Trajectory.Actor actor, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE trajectories_commitment SET status = :status, proposed_start = :proposed, note = :note, answered_at = :at,
				  answered_by = :by, answered_by_name = :byName
				WHERE id = :id AND status = 'REQUESTED'""")
			.param("status", status.name()).param("proposed", proposedStart).param("note", note).param("at", utc(at))
			.param("by", actor.id()).param("byName", actor.name()).param("id", commitmentId)
			.update() == 1;
	}

	/** Withdraws the open requests of a trajectory (its plan went back to planning). */
	void withdrawOpen(UUID trajectoryId) {
		jdbc.sql("UPDATE trajectories_commitment SET status = 'WITHDRAWN' WHERE trajectory_id = :t AND status = 'REQUESTED'")
			.param("t", trajectoryId).update();
	}

	private static Commitment commitment(ResultSet rs) throws SQLException {
		return new Commitment(rs.getObject("id", UUID.class), rs.getObject("intervention_id", UUID.class),
				rs.getInt("plan_number"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
				rs.getObject("planned_start", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
				rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("answered_at", OffsetDateTime.class),
				rs.getString("answered_by_name"), rs.getObject("proposed_start", LocalDate.class), rs.getString("note"));
	}

	private static OffsetDateTime utc(OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
