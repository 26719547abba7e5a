package nl.veiligheidshuis.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The deadlines of DESIGN.md §4 rules 6 and 7 on a fixed clock. */
class ExecutionDeadlinesUnitTest {

	private static final ZoneId HOUSE = ZoneId.of("Europe/Amsterdam");
	private static final LocalDate ACCEPTED = LocalDate.of(2026, 3, 2);

	private static ExecutionDeadlines on(LocalDate today, Period interval) {
		return new ExecutionDeadlines(Clock.fixed(today.atStartOfDay(HOUSE).plusHours(23).toInstant(), HOUSE), interval);
	}

	@Test
	void a_contract_without_a_start_is_not_overdue_on_the_seventh_day_after_acceptance() {
		assertThat(on(ACCEPTED.plusDays(7), Period.ofMonths(3)).firstStartOverdue(ACCEPTED)).isFalse();
		assertThat(on(ACCEPTED, Period.ofMonths(3)).firstStartOverdue(ACCEPTED)).isFalse();
	}

	@Test
	void a_contract_without_a_start_is_overdue_from_the_eighth_day() {
		ExecutionDeadlines deadlines = on(ACCEPTED.plusDays(8), Period.ofMonths(3));
		assertThat(deadlines.firstStartOverdue(ACCEPTED)).isTrue();
		assertThat(deadlines.firstStartDue(ACCEPTED)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void a_progress_report_is_due_three_months_after_the_start_and_overdue_the_day_after() {
		LocalDate started = LocalDate.of(2026, 1, 31);
		assertThat(on(started, Period.ofMonths(3)).progressReportDue(started)).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(on(LocalDate.of(2026, 4, 30), Period.ofMonths(3)).progressReportOverdue(started)).isFalse();
		assertThat(on(LocalDate.of(2026, 5, 1), Period.ofMonths(3)).progressReportOverdue(started)).isTrue();
	}

	@Test
	void the_progress_interval_is_configurable() {
		LocalDate lastReport = LocalDate.of(2026, 6, 1);
		ExecutionDeadlines monthly = on(LocalDate.of(2026, 7, 2), Period.ofMonths(1));
		assertThat(monthly.progressReportDue(lastReport)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(monthly.progressReportOverdue(lastReport)).isTrue();
		assertThat(on(LocalDate.of(2026, 7, 2), Period.ofMonths(3)).progressReportOverdue(lastReport)).isFalse();
	}
}
