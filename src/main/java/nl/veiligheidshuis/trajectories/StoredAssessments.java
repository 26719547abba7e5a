package nl.veiligheidshuis.trajectories;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments of trajectories in PostgreSQL; a recorded result never changes, only its confirmation is added. */
@Repository
class StoredAssessments {

	/** One stored assessment with everything it holds. */
	record Stored(UUID id, UUID trajectoryId, Instrument instrument, LocalDate assessedOn, @Nullable RiskLevel overallRisk,
			@Nullable String result, @Nullable String judgement, Map<String, Integer> scores, Set<LifeDomain> proposed,
			@Nullable Set<LifeDomain> confirmed, @Nullable OffsetDateTime confirmedAt, @Nullable String confirmedByName,
			OffsetDateTime recordedAt, String recordedByName) {
	}

	private final JdbcClient jdbc;

	StoredAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Stored a, UUID recordedBy) {
		jdbc.sql("""
				INSERT INTO trajectories_assessment (id, trajectory_id, instrument, assessed_on, overall_risk, result, judgement,
				  proposed_deficits, recorded_at, recorded_by, recorded_by_name)
				VALUES (:id, :trajectory, :instrument, :on, :risk, :result, :judgement, :proposed, :at, :by, :byName)""")
			.param("id", a.id()).param("trajectory", a.trajectoryId()).param("instrument", a.instrument().name())
			.param("on", a.assessedOn()).param("risk", a.overallRisk() == null ? null : a.overallRisk().name())
			.param("result", a.result()).param("judgement", a.judgement()).param("proposed", names(a.proposed()))
			.param("at", a.recordedAt().withOffsetSameInstant(ZoneOffset.UTC)).param("by", recordedBy)
			.param("byName", a.recordedByName())
			.update();
		a.scores().forEach((item, score) -> jdbc.sql(
				"INSERT INTO trajectories_assessment_score (assessment_id, item, score) VALUES (:id, :item, :score)")
			.param("id", a.id()).param("item", item).param("score", score).update());
	}

	void confirm(UUID assessmentId, Set<LifeDomain> deficits, OffsetDateTime at, String byName) {
		jdbc.sql("""
				UPDATE trajectories_assessment SET confirmed_deficits = :deficits, confirmed_at = :at, confirmed_by_name = :by
				WHERE id = :id""")
			.param("deficits", names(deficits)).param("at", at.withOffsetSameInstant(ZoneOffset.UTC)).param("by", byName)
			.param("id", assessmentId)
			.update();
	}

	/** The assessments of a trajectory, the latest first (the date of the instrument, then when recorded). */
	List<Stored> of(UUID trajectoryId) {
		Map<UUID, Map<String, Integer>> scores = new HashMap<>();
		jdbc.sql("""
				SELECT s.assessment_id, s.item, s.score FROM trajectories_assessment_score s
				JOIN trajectories_assessment a ON a.id = s.assessment_id WHERE a.trajectory_id = :t""")
			.param("t", trajectoryId)
			.query(rs -> {
				scores.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
			});
		return jdbc.sql("""
				SELECT id, trajectory_id, instrument, assessed_on, overall_risk, result, judgement, proposed_deficits,
				       confirmed_deficits, confirmed_at, confirmed_by_name, recorded_at, recorded_by_name
				FROM trajectories_assessment WHERE trajectory_id = :t ORDER BY assessed_on DESC, recorded_at DESC""")
			.param("t", trajectoryId)
			.query((rs, n) -> stored(rs, scores))
			.list();
	}

	Optional<Stored> latest(UUID trajectoryId) {
		return of(trajectoryId).stream().findFirst();
	}

	private static Stored stored(ResultSet rs, Map<UUID, Map<String, Integer>> scores) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Instrument instrument = Instrument.valueOf(rs.getString("instrument"));
		Map<String, Integer> ordered = new LinkedHashMap<>();
		Map<String, Integer> given = scores.getOrDefault(id, Map.of());
		instrument.items().stream().filter(given::containsKey).forEach(item -> ordered.put(item, given.get(item)));
		String risk = rs.getString("overall_risk");
		Set<LifeDomain> confirmed = domains(rs.getArray("confirmed_deficits"));
		return new Stored(id, rs.getObject("trajectory_id", UUID.class), instrument, rs.getObject("assessed_on", LocalDate.class),
				risk == null ? null : RiskLevel.valueOf(risk), rs.getString("result"), rs.getString("judgement"), ordered,
				java.util.Objects.requireNonNull(domains(rs.getArray("proposed_deficits"))), confirmed,
				rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("confirmed_by_name"),
				rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by_name"));
	}

	private static @Nullable Set<LifeDomain> domains(@Nullable Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
		Arrays.stream((String[]) array.getArray()).map(LifeDomain::valueOf).forEach(domains::add);
		return domains;
	}

	private static String[] names(Set<LifeDomain> domains) {
		return domains.stream().sorted().map(Enum::name).toArray(String[]::new);
	}
}
