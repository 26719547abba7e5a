package nl.veiligheidshuis.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance indicators of Bijlage 1 (GSB prestaties Heerlen 2005-2009): baseline and target as editable
 * data, versioned by the date from which they hold, and the current value of a period from the read model.
 */
@Service
public class Indicators {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

	/** A version of baseline and target, valid from a date until the next version. */
	public record Version(LocalDate validFrom, @Nullable BigDecimal baseline, @Nullable Integer baselineYear,
			BigDecimal target, String targetText, OffsetDateTime recordedAt, String recordedBy) {
	}

	/**
	 * An indicator in a period: the version that holds then, the current value (percent or count; null when the
	 * events do not give it, or when it rests on a count below k) and how it was measured.
	 */
	public record Indicator(String code, String title, String measure, @Nullable Version version,
			@Nullable Double currentValue, @Nullable Long basis, boolean suppressed, List<Version> history) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int k;

	Indicators(JdbcClient jdbc, Clock clock, @Value("${vh.reporting.k:5}") int k) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.k = k;
	}

	/** A period as the API names it: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}; empty when unreadable. */
	public static java.util.Optional<Period> parsePeriod(String text) {
		Matcher matcher = PERIOD.matcher(text.strip());
		if (!matcher.matches()) {
			return java.util.Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		String part = matcher.group(2);
		LocalDate start = LocalDate.of(year, 1, 1);
		if (part == null) {
			return java.util.Optional.of(new Period(start, start.plusYears(1).minusDays(1)));
		}
		int months = part.startsWith("H") ? 6 : 3;
		LocalDate from = start.plusMonths((long) (part.charAt(1) - '1') * months);
		return java.util.Optional.of(new Period(from, from.plusMonths(months).minusDays(1)));
	}

	@Transactional(readOnly = true)
	public List<Indicator> of(Period period) {
		record Head(String code, String title, String measure) {
		}
		List<Head> heads = jdbc.sql("SELECT code, title, measure FROM reporting_indicator ORDER BY position")
			.query((rs, row) -> new Head(rs.getString("code"), rs.getString("title"), rs.getString("measure")))
			.list();
		List<Indicator> indicators = new ArrayList<>();
		for (Head head : heads) {
			List<Version> history = history(head.code());
			Version version = history.stream().filter(v -> !v.validFrom().isAfter(period.to())).findFirst().orElse(null);
			Measured measured = measure(head.measure(), version, period);
			indicators.add(new Indicator(head.code(), head.title(), head.measure(), version, measured.value(),
					measured.basis(), measured.suppressed(), history));
		}
		return indicators;
	}

	/**
	 * Records a version of baseline and target from a date on (the same date again corrects that version).
	 * Returns the message keys of what is wrong; nothing is recorded then.
	 */
	@Transactional
	public List<String> record(String code, @Nullable LocalDate validFrom, @Nullable BigDecimal baseline,
			@Nullable Integer baselineYear, @Nullable BigDecimal target, @Nullable String targetText, String recordedBy) {
		List<String> problems = new ArrayList<>();
		boolean known = jdbc.sql("SELECT count(*) FROM reporting_indicator WHERE code = :code").param("code", code)
			.query(Integer.class).single() > 0;
		if (!known) {
			problems.add("reporting.indicator.problem.unknown");
		}
		if (validFrom == null) {
			problems.add("reporting.indicator.problem.validFrom");
		}
		if (target == null) {
			problems.add("reporting.indicator.problem.target");
		}
		if (baseline != null && baseline.signum() < 0) {
			problems.add("reporting.indicator.problem.baseline");
		}
		if (baselineYear != null && (baselineYear < 1990 || baselineYear > 2100)) {
			problems.add("reporting.indicator.problem.baselineYear");
		}
		if (targetText == null || targetText.isBlank()) {
			problems.add("reporting.indicator.problem.targetText");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		jdbc.sql("""
				INSERT INTO reporting_indicator_version (code, valid_from, baseline, baseline_year, target, target_text,
				  recorded_at, recorded_by)
				VALUES (:code, :from, :baseline, :year, :target, :text, :at, :by)
				ON CONFLICT (code, valid_from) DO UPDATE SET baseline = :baseline, baseline_year = :year, target = :target,
				  target_text = :text, recorded_at = :at, recorded_by = :by""")
			.param("code", code).param("from", validFrom).param("baseline", baseline).param("year", baselineYear)
			.param("target", target).param("text", java.util.Objects.requireNonNull(targetText).strip())
			.param("at", OffsetDateTime.now(clock)).param("by", recordedBy).update();
		return List.of();
	}

	private List<Version> history(String code) {
		return jdbc.sql("""
				SELECT valid_from, baseline, baseline_year, target, target_text, recorded_at, recorded_by
				FROM reporting_indicator_version WHERE code = :code ORDER BY valid_from DESC""")
			.param("code", code)
			.query((rs, row) -> new Version(rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("baseline"),
					(Integer) rs.getObject("baseline_year"), rs.getBigDecimal("target"), rs.getString("target_text"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
			.list();
	}

	private record Measured(@Nullable Double value, @Nullable Long basis, boolean suppressed) {
	}

	private Measured measure(String measure, @Nullable Version version, Period period) {
		ZoneId zone = clock.getZone();
		OffsetDateTime from = period.start(zone);
		OffsetDateTime to = period.end(zone);
		String[] parts = measure.split(":");
		switch (parts[0]) {
			case "OFFERED_SHARE_OF_BASELINE" -> {
				long offered = jdbc.sql("""
						SELECT count(DISTINCT subject) FROM reporting_trajectory
						WHERE target_group = :group AND offered_at >= :from AND offered_at < :to""")
					.param("group", parts[1]).param("from", from).param("to", to).query(Long.class).single();
				BigDecimal baseline = version == null ? null : version.baseline();
				if (baseline == null || baseline.signum() == 0) {
					return new Measured(null, small(offered) ? null : offered, small(offered));
				}
				return share(offered, baseline.doubleValue(), offered);
			}
			case "COMPLETED_SHARE_OF_OFFERED" -> {
				long offered = jdbc.sql("SELECT count(*) FROM reporting_trajectory WHERE offered_at >= :from AND offered_at < :to")
					.param("from", from).param("to", to).query(Long.class).single();
				long completed = jdbc.sql("""
						SELECT count(*) FROM reporting_trajectory
						WHERE offered_at >= :from AND offered_at < :to AND completed_at IS NOT NULL AND completed_at < :to""")
					.param("from", from).param("to", to).query(Long.class).single();
				if (offered == 0) {
					return new Measured(null, 0L, false);
				}
				Measured measured = share(completed, offered, offered);
				return small(offered - completed) ? new Measured(null, null, true) : measured;
			}
			case "COUNT" -> {
				long active = jdbc.sql("""
						SELECT count(DISTINCT subject) FROM reporting_trajectory
						WHERE target_group = :group AND started_at < :to AND (closed_at IS NULL OR closed_at >= :from)""")
					.param("group", parts[1]).param("from", from).param("to", to).query(Long.class).single();
				return small(active) ? new Measured(null, null, true) : new Measured((double) active, active, false);
			}
			case "DOMESTIC_REPEAT_RATE" -> {
				long victims = jdbc.sql("""
						SELECT count(DISTINCT subject) FROM reporting_victim_incident
						WHERE domestic AND occurred_on BETWEEN :from AND :to""")
					.param("from", period.from()).param("to", period.to()).query(Long.class).single();
				if (victims == 0) {
					return new Measured(null, 0L, false);
				}
				long repeat = jdbc.sql("""
						SELECT count(DISTINCT later.subject) FROM reporting_victim_incident later
						JOIN reporting_victim_incident earlier ON earlier.subject = later.subject AND earlier.domestic
						  AND earlier.incident_id <> later.incident_id AND earlier.occurred_on <= later.occurred_on
						  AND earlier.occurred_on > later.occurred_on - INTERVAL '12 months'
						WHERE later.domestic AND later.occurred_on BETWEEN :from AND :to""")
					.param("from", period.from()).param("to", period.to()).query(Long.class).single();
				return share(repeat, victims, victims);
			}
			default -> {
				return new Measured(null, null, false);
			}
		}
	}

	private Measured share(long part, double whole, long basis) {
		if (small(part) || small(basis)) {
			return new Measured(null, null, true);
		}
		return new Measured(Math.round(1000.0 * part / whole) / 10.0, basis, false);
	}

	private boolean small(long count) {
		return count > 0 && count < k;
	}
}
