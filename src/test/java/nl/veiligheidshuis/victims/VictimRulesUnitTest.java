package nl.veiligheidshuis.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The date and score rules with a fixed clock: the repeat-victimisation window (both edges inclusive), the repeat-case
 * rule, restraining-order dates and the risk thresholds.
 */
class VictimRulesUnitTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static VictimRules rules(LocalDate today) {
		return rules(today, 2, Period.ofMonths(12));
	}

	private static VictimRules rules(LocalDate today, int min, Period window) {
		Clock clock = Clock.fixed(today.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
		return new VictimRules(clock, min, window, 3, 5, Map.of());
	}

	@Test
	void two_incidents_with_the_first_exactly_twelve_months_ago_make_a_repeat_victim() {
		assertThat(rules(TODAY).windowStart()).isEqualTo(LocalDate.of(2025, 6, 15));
		assertThat(rules(TODAY).isRepeatVictim(List.of(LocalDate.of(2025, 6, 15), TODAY))).isTrue();
	}

	@Test
	void an_incident_a_day_before_the_window_does_not_count() {
		assertThat(rules(TODAY).isRepeatVictim(List.of(LocalDate.of(2025, 6, 14), TODAY))).isFalse();
	}

	@Test
	void the_flag_drops_the_day_after_the_older_incident_leaves_the_window() {
		List<LocalDate> incidents = List.of(LocalDate.of(2025, 6, 15), LocalDate.of(2026, 1, 10));
		assertThat(rules(TODAY).isRepeatVictim(incidents)).isTrue();
		assertThat(rules(TODAY.plusDays(1)).isRepeatVictim(incidents)).isFalse();
	}

	@Test
	void one_incident_is_not_a_repeat_and_a_future_dated_one_does_not_count() {
		assertThat(rules(TODAY).isRepeatVictim(List.of(TODAY))).isFalse();
		assertThat(rules(TODAY).isRepeatVictim(List.of(TODAY, TODAY.plusDays(1)))).isFalse();
	}

	@Test
	void the_threshold_and_window_are_configurable() {
		List<LocalDate> incidents = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
		assertThat(rules(TODAY, 3, Period.ofMonths(12)).isRepeatVictim(incidents)).isFalse();
		assertThat(rules(TODAY, 2, Period.ofMonths(5)).isRepeatVictim(incidents)).isFalse();
		assertThat(rules(TODAY, 2, Period.ofMonths(6)).isRepeatVictim(incidents)).isTrue();
	}

	@Test
	void a_repeat_case_is_an_incident_after_the_conference_day_up_to_twelve_months_after_it() {
		VictimRules rules = rules(TODAY);
		LocalDate conference = LocalDate.of(2025, 9, 1);
		assertThat(rules.isRepeatCase(null, List.of(TODAY))).isFalse();
		assertThat(rules.isRepeatCase(conference, List.of(conference))).as("known at the conference").isFalse();
		assertThat(rules.isRepeatCase(conference, List.of(conference.minusDays(1)))).isFalse();
		assertThat(rules.isRepeatCase(conference, List.of(conference.plusDays(1)))).isTrue();
		assertThat(rules.isRepeatCase(conference, List.of(LocalDate.of(2026, 9, 1)))).as("last day, inclusive").isTrue();
		assertThat(rules.isRepeatCase(conference, List.of(LocalDate.of(2026, 9, 2)))).isFalse();
	}

	@Test
	void a_restraining_order_lasts_ten_days_and_extends_to_at_most_four_weeks_while_it_runs() {
		LocalDate imposed = LocalDate.of(2026, 6, 10);
		assertThat(VictimRules.orderEnd(imposed)).isEqualTo(LocalDate.of(2026, 6, 20));
		assertThat(VictimRules.orderLatestEnd(imposed)).isEqualTo(LocalDate.of(2026, 7, 8));
		VictimRules rules = rules(TODAY);
		LocalDate end = VictimRules.orderEnd(imposed);
		assertThat(rules.extensionViolations(imposed, end, LocalDate.of(2026, 7, 8))).isEmpty();
		assertThat(rules.extensionViolations(imposed, end, LocalDate.of(2026, 7, 9))).containsExactly("victims.rule.extensionTooLong");
		assertThat(rules.extensionViolations(imposed, end, end)).containsExactly("victims.rule.extensionNotLater");
		assertThat(rules(end).extensionViolations(imposed, end, end.plusDays(5))).as("the last day still runs").isEmpty();
		assertThat(rules(end.plusDays(1)).extensionViolations(imposed, end, end.plusDays(5)))
			.containsExactly("victims.rule.orderLapsed");
	}

	@Test
	void the_risk_grade_follows_the_configured_thresholds_and_weights() {
		VictimRules rules = rules(TODAY);
		assertThat(rules.grade(rules.score(EnumSet.of(RiskFactor.EARLIER_VIOLENCE, RiskFactor.STALKING)))).isEqualTo(RiskGrade.LOW);
		assertThat(rules.grade(3)).isEqualTo(RiskGrade.ELEVATED);
		assertThat(rules.grade(4)).isEqualTo(RiskGrade.ELEVATED);
		assertThat(rules.grade(5)).isEqualTo(RiskGrade.HIGH);
		Clock clock = Clock.fixed(TODAY.atStartOfDay(AMSTERDAM).toInstant(), AMSTERDAM);
		VictimRules weighted = new VictimRules(clock, 2, Period.ofMonths(12), 3, 5, Map.of("STRANGULATION", 5));
		assertThat(weighted.grade(weighted.score(EnumSet.of(RiskFactor.STRANGULATION)))).isEqualTo(RiskGrade.HIGH);
	}
}
