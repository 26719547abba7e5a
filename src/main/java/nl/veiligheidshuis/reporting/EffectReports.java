package nl.veiligheidshuis.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Effect monitoring (issue 13, docs/effect-monitoring.md) from the pseudonymous read model only: participants are
 * the trajectories started in the cohort, the comparison the candidates of selection runs with a reference date in
 * the cohort who never had a trajectory (their pseudo-start is the reference date). For each follow-up window
 * (6, 12, 24 months) only persons whose window has fully elapsed count; the covariates are counted from the
 * antecedent dates in the same way for both groups, and {@link EffectEstimator} matches and bootstraps.
 */
@Service
public class EffectReports {

	static final List<Integer> WINDOWS = List.of(6, 12, 24);
	static final int REPLICATES = 1000;
	static final long SEED = 2006L;
	/**
	 * Months since the last antecedent are capped here (someone without any antecedent before the start counts as
	 * this); it is in the last recency band either way, and keeps the balance of the covariate meaningful.
	 */
	static final int NO_ANTECEDENT = 60;
	static final List<String> ZRM_DOMAINS = List.of("FINANCES", "WORK_AND_EDUCATION", "TIME_USE", "HOUSING",
			"DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL", "INSTRUMENTAL_ADL",
			"SOCIAL_NETWORK", "SOCIAL_PARTICIPATION", "JUSTICE");
	static final List<String> CHANGES = List.of("IMPROVED", "EQUAL", "WORSENED");

	private final JdbcClient jdbc;
	private final MessageSource messages;
	private final Clock clock;
	private final int k;

	EffectReports(JdbcClient jdbc, MessageSource messages, Clock clock, @Value("${vh.reporting.k:5}") int k) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.k = k;
	}

	/** The default cohort: the three years that ended two years ago, so that all three windows have elapsed. */
	public Period defaultCohort() {
		LocalDate to = LocalDate.now(clock).minusYears(2);
		return new Period(to.minusYears(3).plusDays(1), to);
	}

	/** A person at the start (participant) or pseudo-start (comparison) with the matched covariates. */
	record Start(UUID subject, boolean participant, LocalDate on, String category, String ageBand, String gender) {
	}

	@Transactional(readOnly = true)
	public EffectReport report(Period cohort) {
		LocalDate today = LocalDate.now(clock);
		List<Start> starts = starts(cohort);
		Map<UUID, int[]> antecedents = antecedents(starts);
		List<EffectReport.Window> windows = new ArrayList<>();
		for (int months : WINDOWS) {
			windows.add(window(months, starts, antecedents, today));
		}
		return new EffectReport(cohort, k, OffsetDateTime.now(clock), windows, lifeDomains(cohort),
				EffectReport.Count.of(assessed(cohort), k));
	}

	/** The subjects of one window, as the estimator takes them; only those whose window has fully elapsed. */
	static List<EffectSubject> subjects(int months, List<Start> starts, Map<UUID, int[]> antecedents, LocalDate today) {
		List<EffectSubject> subjects = new ArrayList<>();
		for (Start start : starts) {
			if (start.on().plusMonths(months).isAfter(today)) {
				continue;
			}
			int[] days = antecedents.getOrDefault(start.subject(), new int[0]);
			long startDay = start.on().toEpochDay();
			long beforeFrom = start.on().minusMonths(months).toEpochDay();
			long afterTo = start.on().plusMonths(months).toEpochDay();
			int before = 0;
			int after = 0;
			long last = Long.MIN_VALUE;
			for (int day : days) {
				if (day <= startDay) {
					last = Math.max(last, day);
					if (day >= beforeFrom) {
						before++;
					}
				}
				else if (day <= afterTo) {
					after++;
				}
			}
			int sinceLast = last == Long.MIN_VALUE ? NO_ANTECEDENT
					: (int) Math.min(NO_ANTECEDENT, ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(last), start.on()));
			subjects.add(new EffectSubject(start.participant(), start.category(), start.ageBand(), start.gender(), before,
					sinceLast, after, months / 12.0));
		}
		return subjects;
	}

	private EffectReport.Window window(int months, List<Start> starts, Map<UUID, int[]> antecedents, LocalDate today) {
		List<EffectSubject> subjects = subjects(months, starts, antecedents, today);
		List<EffectSubject> participants = subjects.stream().filter(EffectSubject::participant).toList();
		long comparison = subjects.size() - participants.size();
		EffectEstimate estimate = null;
		String refusal = null;
		if (participants.size() < k || comparison < k) {
			refusal = "reporting.effect.refused.groups";
		}
		else {
			EffectEstimate candidate = new EffectEstimator(REPLICATES, SEED).estimate(subjects);
			if (candidate.participants().matched() < k || candidate.comparison().matched() < k) {
				refusal = "reporting.effect.refused.matched";
			}
			else {
				estimate = candidate;
			}
		}
		EffectReport.Count matchedParticipants = estimate == null ? null
				: EffectReport.Count.of(estimate.participants().matched(), k);
		EffectReport.Count matchedComparison = estimate == null ? null
				: EffectReport.Count.of(estimate.comparison().matched(), k);
		return new EffectReport.Window(months, EffectReport.Count.of(participants.size(), k),
				EffectReport.Count.of(comparison, k), matchedParticipants, matchedComparison, estimate, refusal,
				recidivism(participants, true, months), recidivism(participants, false, months));
	}

	private EffectReport.Recidivism recidivism(List<EffectSubject> participants, boolean before, int months) {
		long persons = participants.size();
		long reoffended = participants.stream()
			.filter(s -> (before ? s.antecedentsBefore() : s.newAntecedents()) > 0)
			.count();
		long antecedents = participants.stream().mapToLong(s -> before ? s.antecedentsBefore() : s.newAntecedents()).sum();
		boolean small = persons < k || (reoffended > 0 && reoffended < k) || (persons - reoffended > 0 && persons - reoffended < k);
		Double prevalence = small || persons == 0 ? null : Math.round(1000.0 * reoffended / persons) / 10.0;
		Double frequency = persons < k ? null : Math.round(100.0 * antecedents / (persons * months / 12.0)) / 100.0;
		return new EffectReport.Recidivism(EffectReport.Count.of(persons, k),
				small ? new EffectReport.Count(null) : new EffectReport.Count(reoffended),
				prevalence, frequency);
	}

	/**
	 * Participants (first trajectory of a subject started in the cohort, covariates from its latest selection row on
	 * or before the start) and comparison persons (first selection row in the cohort of a subject without any
	 * trajectory).
	 */
	List<Start> starts(Period cohort) {
		List<Start> starts = new ArrayList<>(jdbc.sql("""
				SELECT DISTINCT ON (t.subject) t.subject, (t.started_at AT TIME ZONE :zone)::date AS started_on, t.target_group,
				       COALESCE(s.age_band, 'UNKNOWN') AS age_band, COALESCE(s.gender, 'ONBEKEND') AS gender
				FROM reporting_trajectory t
				LEFT JOIN LATERAL (
				  SELECT age_band, gender FROM reporting_selection_subject s
				  WHERE s.subject = t.subject ORDER BY (s.reference_date <= (t.started_at AT TIME ZONE :zone)::date) DESC,
				        abs(s.reference_date - (t.started_at AT TIME ZONE :zone)::date) LIMIT 1) s ON TRUE
				WHERE (t.started_at AT TIME ZONE :zone)::date BETWEEN :from AND :to
				ORDER BY t.subject, t.started_at""")
			.param("zone", clock.getZone().getId()).param("from", cohort.from()).param("to", cohort.to())
			.query((rs, n) -> new Start(rs.getObject("subject", UUID.class), true,
					rs.getObject("started_on", LocalDate.class), rs.getString("target_group"), rs.getString("age_band"),
					rs.getString("gender")))
			.list());
		starts.addAll(jdbc.sql("""
				SELECT DISTINCT ON (s.subject) s.subject, s.reference_date, s.category, s.age_band, s.gender
				FROM reporting_selection_subject s
				WHERE s.reference_date BETWEEN :from AND :to
				  AND NOT EXISTS (SELECT 1 FROM reporting_trajectory t WHERE t.subject = s.subject)
				ORDER BY s.subject, s.reference_date""")
			.param("from", cohort.from()).param("to", cohort.to())
			.query((rs, n) -> new Start(rs.getObject("subject", UUID.class), false,
					rs.getObject("reference_date", LocalDate.class), rs.getString("category"), rs.getString("age_band"),
					rs.getString("gender")))
			.list());
		return starts;
	}

	/** The antecedent dates (epoch days, sorted) of the subjects. */
	private Map<UUID, int[]> antecedents(List<Start> starts) {
		Map<UUID, List<Integer>> days = new HashMap<>();
		if (starts.isEmpty()) {
			return Map.of();
		}
		UUID[] subjects = starts.stream().map(Start::subject).distinct().toArray(UUID[]::new);
		jdbc.sql("SELECT subject, registered_on FROM reporting_antecedent WHERE subject = ANY(:subjects)")
			.param("subjects", subjects)
			.query((rs, n) -> {
				days.computeIfAbsent(rs.getObject("subject", UUID.class), s -> new ArrayList<>())
					.add((int) rs.getObject("registered_on", LocalDate.class).toEpochDay());
				return null;
			})
			.list();
		Map<UUID, int[]> sorted = new HashMap<>();
		days.forEach((subject, list) -> {
			int[] array = list.stream().mapToInt(Integer::intValue).toArray();
			Arrays.sort(array);
			sorted.put(subject, array);
		});
		return sorted;
	}

	/** Participants of the cohort with at least two ZRM assessments. */
	private long assessed(Period cohort) {
		return jdbc.sql("""
				SELECT count(*) FROM (
				  SELECT a.subject FROM reporting_assessment_score a
				  WHERE a.subject IN (SELECT subject FROM reporting_trajectory
				                      WHERE (started_at AT TIME ZONE :zone)::date BETWEEN :from AND :to)
				  GROUP BY a.subject HAVING count(DISTINCT a.assessed_on) >= 2) x""")
			.param("zone", clock.getZone().getId()).param("from", cohort.from()).param("to", cohort.to())
			.query(Long.class).single();
	}

	/**
	 * Per ZRM domain, the participants of the cohort with two or more scores on it: improved, equal or worsened
	 * between the first and the latest assessment.
	 */
	private CountTable lifeDomains(Period cohort) {
		Map<String, long[]> counts = new LinkedHashMap<>();
		ZRM_DOMAINS.forEach(domain -> counts.put(domain, new long[3]));
		jdbc.sql("""
				SELECT domain,
				       sign((array_agg(score ORDER BY assessed_on DESC))[1] - (array_agg(score ORDER BY assessed_on))[1]) AS change
				FROM reporting_assessment_score
				WHERE subject IN (SELECT subject FROM reporting_trajectory
				                  WHERE (started_at AT TIME ZONE :zone)::date BETWEEN :from AND :to)
				GROUP BY subject, domain HAVING count(*) >= 2""")
			.param("zone", clock.getZone().getId()).param("from", cohort.from()).param("to", cohort.to())
			.query((rs, n) -> {
				long[] row = counts.get(rs.getString("domain"));
				if (row != null) {
					int change = rs.getInt("change");
					row[change > 0 ? 0 : change == 0 ? 1 : 2]++;
				}
				return null;
			})
			.list();
		long[][] table = counts.values().toArray(long[][]::new);
		List<String> labels = ZRM_DOMAINS.stream().map(d -> text("trajectory.instrument.item." + d)).toList();
		List<String> columns = CHANGES.stream().map(c -> text("reporting.effect.change." + c)).toList();
		return CountTable.of("ZRM", text("reporting.effect.lifeDomains.caption"), text("reporting.effect.domain"),
				ZRM_DOMAINS, labels, CHANGES, columns, table, true, k, text("reporting.total"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, SteeringGroupReports.DUTCH);
	}

	public int k() {
		return k;
	}
}
