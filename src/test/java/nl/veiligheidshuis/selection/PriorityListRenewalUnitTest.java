package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.selection.PriorityLists.RenewalState;

/** DESIGN.md §4 rule 3: a new list at least every 6 months; a reminder 4 weeks before, "overdue" after. */
class PriorityListRenewalUnitTest {

	static final LocalDate ADOPTED = LocalDate.of(2026, 3, 31);
	// six months later: 30 September (September has no 31st)
	static final LocalDate DUE = LocalDate.of(2026, 9, 30);

	@Test
	void a_list_is_current_until_four_weeks_before_it_turns_six_months() {
		assertThat(PriorityLists.state(ADOPTED, ADOPTED)).isEqualTo(RenewalState.CURRENT);
		assertThat(PriorityLists.state(ADOPTED, DUE.minusDays(29))).isEqualTo(RenewalState.CURRENT);
	}

	@Test
	void the_reminder_starts_four_weeks_before_and_lasts_through_the_due_date() {
		assertThat(PriorityLists.state(ADOPTED, DUE.minusDays(28))).isEqualTo(RenewalState.DUE_SOON);
		assertThat(PriorityLists.state(ADOPTED, DUE)).isEqualTo(RenewalState.DUE_SOON);
	}

	@Test
	void the_day_after_the_due_date_the_list_is_overdue() {
		assertThat(PriorityLists.state(ADOPTED, DUE.plusDays(1))).isEqualTo(RenewalState.OVERDUE);
	}
}
