package nl.veiligheidshuis.trajectories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Offers and contracts, intervention statuses, escalation measures and progress reports in PostgreSQL, written
 * in the caller's transaction after {@link Trajectories#change} checked and raised the trajectory's version.
 */
@Repository
class StoredExecution {

	/** What the status table holds for one intervention. */
	record Status(InterventionStatus status, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {
	}

	private static final String OFFER_COLUMNS = """
			SELECT id, plan_number, offered_at, offered_by_name, outcome, answered_at, accepted_on, client_signature_name,
			       manager_signature_name, refusal_reason, signed_scan_name
			FROM trajectories_offer""";

	private final JdbcClient jdbc;

	StoredExecution(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void offer(UUID trajectoryId, int planNumber, Trajectory.Actor actor, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO trajectories_offer (id, trajectory_id, plan_number, offered_at, offered_by_name, outcome)
				VALUES (:id, :trajectory, :plan, :at, :by, 'OPEN')""")
			.param("id", UUID.randomUUID()).param("trajectory", trajectoryId).param("plan", planNumber)
			.param("at", utc(at)).param("by", actor.name())
			.update();
	}

	List<Offer> offers(UUID trajectoryId) {
		return jdbc.sql(OFFER_COLUMNS + " WHERE trajectory_id = :t ORDER BY offered_at, id").param("t", trajectoryId)
			.query((rs, n) -> offer(rs)).list();
	}

	Optional<Offer> openOffer(UUID trajectoryId) {
		return jdbc.sql(OFFER_COLUMNS + " WHERE trajectory_id = :t AND outcome = 'OPEN'").param("t", trajectoryId)
			.query((rs, n) -> offer(rs)).optional();
	}

	void accept(UUID offerId, LocalDate acceptedOn, String clientSignature, String managerSignature, byte[] contract,
			OffsetDateTime at) {
		jdbc.sql("""
				UPDATE trajectories_offer SET outcome = 'ACCEPTED', answered_at = :at, accepted_on = :on,
				  client_signature_name = :client, manager_signature_name = :manager, contract = :contract
				WHERE id = :id AND outcome = 'OPEN'""")
			.param("at", utc(at)).param("on", acceptedOn).param("client", clientSignature).param("manager", managerSignature)
			.param("contract", contract).param("id", offerId)
			.update();
	}

	void refuse(UUID offerId, String reason, OffsetDateTime at) {
		jdbc.sql("""
				UPDATE trajectories_offer SET outcome = 'REFUSED', answered_at = :at, refusal_reason = :reason
				WHERE id = :id AND outcome = 'OPEN'""")
			.param("at", utc(at)).param("reason", reason).param("id", offerId)
			.update();
	}

	void attachScan(UUID offerId, String fileName, byte[] scan) {
		jdbc.sql("UPDATE trajectories_offer SET signed_scan = :scan, signed_scan_name = :name WHERE id = :id")
			.param("scan", scan).param("name", fileName).param("id", offerId)
			.update();
	}

	/** The contract as generated at acceptance, of the newest accepted offer. */
	Optional<byte[]> contract(UUID trajectoryId) {
		return jdbc.sql("""
				SELECT contract FROM trajectories_offer WHERE trajectory_id = :t AND outcome = 'ACCEPTED'
				ORDER BY answered_at DESC LIMIT 1""")
			.param("t", trajectoryId).query((rs, n) -> rs.getBytes(1)).optional();
	}

	Optional<byte[]> signedScan(UUID trajectoryId) {
		return jdbc.sql("""
				SELECT signed_scan FROM trajectories_offer WHERE trajectory_id = :t AND outcome = 'ACCEPTED'
				  AND signed_scan IS NOT NULL ORDER BY answered_at DESC LIMIT 1""")
			.param("t", trajectoryId).query((rs, n) -> rs.getBytes(1)).optional();
	}

	Map<UUID, Status> statuses(UUID trajectoryId) {
		Map<UUID, Status> statuses = new HashMap<>();
		jdbc.sql("""
				SELECT intervention_id, status, started_on, ended_on FROM trajectories_intervention_status
				WHERE trajectory_id = :t""")
			.param("t", trajectoryId)
			.query((RowCallbackHandler) rs -> statuses.put(rs.getObject("intervention_id", UUID.class),
					new Status(InterventionStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
							rs.getObject("ended_on", LocalDate.class))));
		return statuses;
	}

	void status(UUID trajectoryId, UUID interventionId, Status status, Trajectory.Actor actor, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO trajectories_intervention_status (trajectory_id, intervention_id, status, started_on, ended_on,
				  changed_at, changed_by_name)
				VALUES (:t, :i, :status, :started, :ended, :at, :by)
				ON CONFLICT (intervention_id) DO UPDATE SET status = EXCLUDED.status, started_on = EXCLUDED.started_on,
				  ended_on = EXCLUDED.ended_on, changed_at = EXCLUDED.changed_at, changed_by_name = EXCLUDED.changed_by_name""")
			.param("t", trajectoryId).param("i", interventionId).param("status", status.status().name())
			.param("started", status.startedOn()).param("ended", status.endedOn()).param("at", utc(at))
			.param("by", actor.name())
			.update();
	}

	void measure(UUID trajectoryId, EscalationMeasure measure) {
		jdbc.sql("""
				INSERT INTO trajectories_escalation_measure (id, trajectory_id, description, kind, owner_id, owner_name,
				  starts_on, ends_on, outcome, recorded_at, recorded_by_name)
				VALUES (:id, :t, :description, :kind, :owner, :ownerName, :starts, :ends, :outcome, :at, :by)""")
			.param("id", measure.id()).param("t", trajectoryId).param("description", measure.description())
			.param("kind", measure.kind().name()).param("owner", measure.ownerId()).param("ownerName", measure.ownerName())
			.param("starts", measure.startsOn()).param("ends", measure.endsOn()).param("outcome", measure.outcome())
			.param("at", utc(measure.recordedAt())).param("by", measure.recordedByName())
			.update();
	}

	boolean outcome(UUID trajectoryId, UUID measureId, String outcome, @Nullable LocalDate endsOn) {
		return jdbc.sql("""
				UPDATE trajectories_escalation_measure SET outcome = :outcome, ends_on = COALESCE(:ends, ends_on)
				WHERE id = :id AND trajectory_id = :t""")
			.param("outcome", outcome).param("ends", endsOn).param("id", measureId).param("t", trajectoryId)
			.update() == 1;
	}

	List<EscalationMeasure> measures(UUID trajectoryId) {
		return jdbc.sql("""
				SELECT id, description, kind, owner_id, owner_name, starts_on, ends_on, outcome, recorded_at, recorded_by_name
				FROM trajectories_escalation_measure WHERE trajectory_id = :t ORDER BY recorded_at, id""")
			.param("t", trajectoryId)
			.query((rs, n) -> new EscalationMeasure(rs.getObject("id", UUID.class), rs.getString("description"),
					InterventionKind.valueOf(rs.getString("kind")), rs.getObject("owner_id", UUID.class),
					rs.getString("owner_name"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("outcome"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by_name")))
			.list();
	}

	void report(UUID trajectoryId, ProgressReport report, UUID authorId) {
		jdbc.sql("""
				INSERT INTO trajectories_progress_report (id, trajectory_id, reported_on, text, recorded_at, author_id, author_name)
				VALUES (:id, :t, :on, :text, :at, :author, :authorName)""")
			.param("id", report.id()).param("t", trajectoryId).param("on", report.reportedOn()).param("text", report.text())
			.param("at", utc(report.recordedAt())).param("author", authorId).param("authorName", report.authorName())
			.update();
		report.domains().forEach((domain, text) -> jdbc.sql("""
				INSERT INTO trajectories_progress_report_domain (report_id, life_domain, text) VALUES (:r, :d, :text)""")
			.param("r", report.id()).param("d", domain.name()).param("text", text)
			.update());
	}

	/** The progress reports of a trajectory, newest first. */
	List<ProgressReport> reports(UUID trajectoryId) {
		Map<UUID, Map<LifeDomain, String>> domains = new HashMap<>();
		jdbc.sql("""
				SELECT d.report_id, d.life_domain, d.text FROM trajectories_progress_report_domain d
				JOIN trajectories_progress_report r ON r.id = d.report_id WHERE r.trajectory_id = :t""")
			.param("t", trajectoryId)
			.query((RowCallbackHandler) rs -> domains
				.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new EnumMap<>(LifeDomain.class))
				.put(LifeDomain.valueOf(rs.getString("life_domain")), rs.getString("text")));
		return jdbc.sql("""
				SELECT id, reported_on, text, author_name, recorded_at FROM trajectories_progress_report
				WHERE trajectory_id = :t ORDER BY reported_on DESC, recorded_at DESC""")
			.param("t", trajectoryId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new ProgressReport(id, rs.getObject("reported_on", LocalDate.class), rs.getString("text"),
						domains.getOrDefault(id, Map.of()), rs.getString("author_name"),
						rs.getObject("recorded_at", OffsetDateTime.class));
			})
			.list();
	}

	private static Offer offer(ResultSet rs) throws SQLException {
		return new Offer(rs.getObject("id", UUID.class), rs.getInt("plan_number"),
				rs.getObject("offered_at", OffsetDateTime.class), rs.getString("offered_by_name"),
				OfferOutcome.valueOf(rs.getString("outcome")), rs.getObject("answered_at", OffsetDateTime.class),
				rs.getObject("accepted_on", LocalDate.class), rs.getString("client_signature_name"),
				rs.getString("manager_signature_name"), rs.getString("refusal_reason"), rs.getString("signed_scan_name"));
	}

	private static OffsetDateTime utc(OffsetDateTime at) {
		return at.withOffsetSameInstant(ZoneOffset.UTC);
	}
}
