package nl.veiligheidshuis.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.Municipalities;
import nl.veiligheidshuis.partners.Municipality;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserDirectory;

/**
 * Computes the steering-group report of a period from the read model only (never from the operational tables),
 * with small-cell suppression at k ({@code vh.reporting.k}, default 5).
 */
@Service
public class SteeringGroupReports {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** The milestones of the path counted per target group: read-model column → message key suffix. */
	static final Map<String, String> MILESTONES = milestones();

	static final List<String> CLOSURE_REASONS = List.of("DESELECTED", "DETAINED_LONG_TERM", "MOVED", "DECEASED",
			"COMPLETED", "OTHER");

	private final JdbcClient jdbc;
	private final Municipalities municipalities;
	private final UserDirectory users;
	private final MessageSource messages;
	private final Clock clock;
	private final int k;

	SteeringGroupReports(JdbcClient jdbc, Municipalities municipalities, UserDirectory users, MessageSource messages,
			Clock clock, @Value("${vh.reporting.k:5}") int k) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
		this.k = k;
	}

	private static Map<String, String> milestones() {
		Map<String, String> milestones = new LinkedHashMap<>();
		milestones.put("started_at", "SELECTED");
		milestones.put("assigned_at", "ASSIGNED");
		milestones.put("offered_at", "OFFERED");
		milestones.put("contracted_at", "CONTRACTED");
		milestones.put("execution_at", "IN_EXECUTION");
		milestones.put("completed_at", "COMPLETED");
		milestones.put("escalated_at", "ESCALATED");
		milestones.put("closed_at", "CLOSED");
		return milestones;
	}

	public int k() {
		return k;
	}

	public Period defaultPeriod() {
		return Period.lastHalfYear(java.time.LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public SteeringGroupReport report(Period period) {
		ZoneId zone = clock.getZone();
		OffsetDateTime from = period.start(zone);
		OffsetDateTime to = period.end(zone);
		List<CountTable> tables = new ArrayList<>();
		tables.add(startedPerMunicipality(from, to));
		tables.add(pathPerTargetGroup(from, to));
		tables.add(closuresPerReason(from, to));
		tables.add(caseload(to));

		List<SteeringGroupReport.LeadTime> leadTimes = List.of(
				leadTime("SELECTION_ASSIGNMENT", "started_at", "assigned_at", from, to),
				leadTime("ASSIGNMENT_OFFER", "assigned_at", "offered_at", from, to),
				leadTime("OFFER_CONTRACT", "offered_at", "contracted_at", from, to),
				leadTime("CONTRACT_START", "contracted_at", "execution_at", from, to),
				leadTime("SELECTION_START", "started_at", "execution_at", from, to));

		long contracted = count("SELECT count(*) FROM reporting_trajectory WHERE contracted_at >= :from AND contracted_at < :to",
				from, to);
		long withinWeek = count("""
				SELECT count(*) FROM reporting_trajectory WHERE contracted_at >= :from AND contracted_at < :to
				AND execution_at IS NOT NULL AND execution_at <= contracted_at + INTERVAL '7 days'""", from, to);

		long answered = count("SELECT count(*) FROM reporting_commitment_answer WHERE answered_at >= :from AND answered_at < :to",
				from, to);
		long confirmed = count("""
				SELECT count(*) FROM reporting_commitment_answer WHERE answered_at >= :from AND answered_at < :to AND confirmed""",
				from, to);
		Double commitmentMedian = answered < k ? null : jdbc.sql("""
				SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM answered_at - requested_at)::float8 / 86400)
				FROM reporting_commitment_answer WHERE answered_at >= :from AND answered_at < :to""")
			.param("from", from).param("to", to).query(Double.class).optional().map(SteeringGroupReports::oneDecimal)
			.orElse(null);

		long conferences = count("SELECT count(*) FROM reporting_conference WHERE starts_at >= :from AND starts_at < :to",
				from, to);
		long due = jdbc.sql("SELECT count(*) FROM reporting_action_item WHERE due_on BETWEEN :from AND :to")
			.param("from", period.from()).param("to", period.to()).query(Long.class).single();
		long onTime = jdbc.sql("""
				SELECT count(*) FROM reporting_action_item WHERE due_on BETWEEN :from AND :to AND completed_on <= due_on""")
			.param("from", period.from()).param("to", period.to()).query(Long.class).single();

		long repeat = repeatVictims(period, false);
		long repeatDomestic = repeatVictims(period, true);
		List<String> notAvailable = new ArrayList<>();
		long incidents = jdbc.sql("SELECT count(*) FROM reporting_victim_incident").query(Long.class).single();
		if (incidents == 0) {
			notAvailable.add("reporting.missing.victims");
		}
		notAvailable.add("reporting.missing.interventionStart");
		notAvailable.add("reporting.missing.inExecutionNow");

		return new SteeringGroupReport(period, k, OffsetDateTime.now(clock), tables, leadTimes,
				SteeringGroupReport.Share.of(withinWeek, contracted, k), SteeringGroupReport.Share.of(confirmed, answered, k),
				commitmentMedian, conferences, SteeringGroupReport.Share.of(onTime, due, k),
				SteeringGroupReport.Figure.of(repeat, k), SteeringGroupReport.Figure.of(repeatDomestic, k), notAvailable);
	}

	/** Trajectories started in the period per target group (rows) and municipality (columns). */
	private CountTable startedPerMunicipality(OffsetDateTime from, OffsetDateTime to) {
		List<String> places = new ArrayList<>(municipalities.all().stream().map(Municipality::name).toList());
		String elsewhere = text("reporting.municipality.unknown");
		Map<String, Map<String, Long>> counts = new HashMap<>();
		jdbc.sql("""
				SELECT target_group, municipality, count(*) AS n FROM reporting_trajectory
				WHERE started_at >= :from AND started_at < :to GROUP BY target_group, municipality""")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				String place = rs.getString("municipality");
				counts.computeIfAbsent(rs.getString("target_group"), g -> new HashMap<>())
					.merge(place == null || !places.contains(place) ? elsewhere : place, rs.getLong("n"), Long::sum);
				return null;
			})
			.list();
		List<String> columns = new ArrayList<>(places);
		columns.add(elsewhere);
		List<String> groups = groupsIn(counts.keySet());
		long[][] cells = new long[groups.size()][columns.size()];
		for (int i = 0; i < groups.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				cells[i][j] = counts.get(groups.get(i)).getOrDefault(columns.get(j), 0L);
			}
		}
		List<String> columnCodes = new ArrayList<>(places);
		columnCodes.add("BUITEN_DISTRICT_OF_ONBEKEND");
		return CountTable.of("STARTED", text("reporting.table.started"), text("reporting.targetGroup"), groups,
				groups.stream().map(g -> text("targetGroup." + g)).toList(), columnCodes, columns, cells, true, k,
				text("reporting.total"));
	}

	/** Per target group: how many trajectories reached each milestone (for the first time) in the period. */
	private CountTable pathPerTargetGroup(OffsetDateTime from, OffsetDateTime to) {
		Map<String, long[]> counts = new HashMap<>();
		List<String> columns = new ArrayList<>(MILESTONES.keySet());
		StringBuilder select = new StringBuilder("SELECT target_group");
		for (String column : columns) {
			select.append(", count(*) FILTER (WHERE ").append(column).append(" >= :from AND ").append(column)
				.append(" < :to) AS ").append(column);
		}
		select.append(" FROM reporting_trajectory GROUP BY target_group");
		jdbc.sql(select.toString()).param("from", from).param("to", to).query((rs, row) -> {
			long[] values = new long[columns.size()];
			for (int j = 0; j < columns.size(); j++) {
				values[j] = rs.getLong(columns.get(j));
			}
			if (Arrays.stream(values).sum() > 0) {
				counts.put(rs.getString("target_group"), values);
			}
			return null;
		}).list();
		List<String> groups = groupsIn(counts.keySet());
		long[][] cells = groups.stream().map(counts::get).toArray(long[][]::new);
		return CountTable.of("PATH", text("reporting.table.path"), text("reporting.targetGroup"), groups,
				groups.stream().map(g -> text("targetGroup." + g)).toList(), columns.stream().map(MILESTONES::get).toList(),
				columns.stream().map(c -> text("reporting.milestone." + MILESTONES.get(c))).toList(),
				cells.length == 0 ? new long[0][columns.size()] : cells, false, k, text("reporting.total"));
	}

	/** Trajectories closed in the period per target group and reason. */
	private CountTable closuresPerReason(OffsetDateTime from, OffsetDateTime to) {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT target_group, closure_reason, count(*) AS n FROM reporting_trajectory
				WHERE closed_at >= :from AND closed_at < :to AND closure_reason IS NOT NULL
				GROUP BY target_group, closure_reason""")
			.param("from", from).param("to", to)
			.query((rs, row) -> {
				counts.computeIfAbsent(rs.getString("target_group"), g -> new long[CLOSURE_REASONS.size()])[CLOSURE_REASONS
					.indexOf(rs.getString("closure_reason"))] += rs.getLong("n");
				return null;
			})
			.list();
		List<String> groups = groupsIn(counts.keySet());
		long[][] cells = groups.stream().map(counts::get).toArray(long[][]::new);
		return CountTable.of("CLOSED", text("reporting.table.closed"), text("reporting.targetGroup"), groups,
				groups.stream().map(g -> text("targetGroup." + g)).toList(), CLOSURE_REASONS,
				CLOSURE_REASONS.stream().map(r -> text("trajectory.closure." + r)).toList(),
				cells.length == 0 ? new long[0][CLOSURE_REASONS.size()] : cells, true, k, text("reporting.total"));
	}

	/** Open trajectories per intervention manager at the end of the period. */
	private CountTable caseload(OffsetDateTime end) {
		Map<UUID, String> names = new HashMap<>();
		users.withRole("INTERVENTION_MANAGER").forEach(m -> names.put(m.id(), m.displayName()));
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT a.intervention_manager, count(*) AS n FROM reporting_assignment a
				JOIN reporting_trajectory t ON t.trajectory_id = a.trajectory_id
				WHERE a.from_at < :end AND (a.to_at IS NULL OR a.to_at >= :end) AND (t.closed_at IS NULL OR t.closed_at >= :end)
				GROUP BY a.intervention_manager""")
			.param("end", end)
			.query((rs, row) -> {
				UUID manager = rs.getObject("intervention_manager", UUID.class);
				counts.merge(names.getOrDefault(manager, text("reporting.caseload.formerManager")), rs.getLong("n"), Long::sum);
				return null;
			})
			.list();
		List<String> labels = new ArrayList<>(counts.keySet());
		long[][] cells = labels.stream().map(l -> new long[] { counts.get(l) }).toArray(long[][]::new);
		return CountTable.of("CASELOAD", text("reporting.table.caseload"), text("reporting.caseload.manager"), labels,
				labels, List.of("OPEN"), List.of(text("reporting.caseload.open")), cells.length == 0 ? new long[0][1] : cells, false, k,
				text("reporting.total"));
	}

	private SteeringGroupReport.LeadTime leadTime(String code, String fromColumn, String toColumn, OffsetDateTime from,
			OffsetDateTime to) {
		record Stats(long n, @Nullable Double median, @Nullable Double mean) {
		}
		Stats stats = jdbc.sql("""
				SELECT count(*) AS n,
				  percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM %2$s - %1$s)::float8 / 86400) AS median,
				  avg(EXTRACT(EPOCH FROM %2$s - %1$s)::float8 / 86400) AS mean
				FROM reporting_trajectory
				WHERE %2$s >= :from AND %2$s < :to AND %1$s IS NOT NULL""".formatted(fromColumn, toColumn))
			.param("from", from).param("to", to)
			.query((rs, row) -> new Stats(rs.getLong("n"), (Double) rs.getObject("median", Double.class),
					(Double) rs.getObject("mean", Double.class)))
			.single();
		boolean suppressed = stats.n() > 0 && stats.n() < k;
		return new SteeringGroupReport.LeadTime(code, text("reporting.leadTime." + code), stats.n(),
				suppressed || stats.median() == null ? null : oneDecimal(stats.median()),
				suppressed || stats.mean() == null ? null : oneDecimal(stats.mean()), suppressed);
	}

	/**
	 * Victims with an incident in the period and another within the 12 months before it (DESIGN.md §4 rule 12);
	 * {@code domestic}: domestic-violence incidents only.
	 */
	private long repeatVictims(Period period, boolean domestic) {
		return jdbc.sql("""
				SELECT count(DISTINCT later.subject) FROM reporting_victim_incident later
				JOIN reporting_victim_incident earlier ON earlier.subject = later.subject
				  AND earlier.incident_id <> later.incident_id
				  AND earlier.occurred_on <= later.occurred_on AND earlier.occurred_on > later.occurred_on - INTERVAL '12 months'
				  AND (NOT :domestic OR earlier.domestic)
				WHERE later.occurred_on BETWEEN :from AND :to AND (NOT :domestic OR later.domestic)""")
			.param("from", period.from()).param("to", period.to()).param("domestic", domestic)
			.query(Long.class).single();
	}

	private long count(String sql, OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).single();
	}

	/** The target groups present, in the order of the enum. */
	private static List<String> groupsIn(java.util.Collection<String> present) {
		return Arrays.stream(TargetGroup.values()).map(TargetGroup::name).filter(present::contains).toList();
	}

	private String text(String key) {
		return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, key, DUTCH), key);
	}

	static double oneDecimal(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
