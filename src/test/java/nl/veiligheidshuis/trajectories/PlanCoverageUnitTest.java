package nl.veiligheidshuis.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The coverage rule (DESIGN.md §4 rule 4), the default deficit mapping and the age of majority, without a database. */
class PlanCoverageUnitTest {

	private static Intervention intervention(LifeDomain domain, InterventionType type) {
		LocalDate start = LocalDate.of(2030, 1, 6);
		return new Intervention(UUID.randomUUID(), "Interventie", domain, type, InterventionKind.CARE, UUID.randomUUID(),
				"Partner", start, start.plusMonths(3));
	}

	@Test
	void a_plan_covering_every_deficit_may_go_to_the_partner_check() {
		assertThat(PlanCoverage.violations(EnumSet.of(LifeDomain.HOUSING, LifeDomain.DEBTS), List.of(
				intervention(LifeDomain.HOUSING, InterventionType.OTHER), intervention(LifeDomain.DEBTS, InterventionType.OTHER))))
			.isEmpty();
	}

	@Test
	void every_uncovered_deficit_is_named() {
		assertThat(PlanCoverage.violations(EnumSet.of(LifeDomain.HOUSING, LifeDomain.DEBTS, LifeDomain.HEALTH),
				List.of(intervention(LifeDomain.DEBTS, InterventionType.OTHER))))
			.containsExactly("trajectory.rule.uncovered.HOUSING", "trajectory.rule.uncovered.HEALTH");
	}

	@Test
	void self_reliance_covered_by_another_intervention_still_needs_trajectory_guidance() {
		assertThat(PlanCoverage.violations(EnumSet.of(LifeDomain.SELF_RELIANCE),
				List.of(intervention(LifeDomain.SELF_RELIANCE, InterventionType.OTHER))))
			.containsExactly("trajectory.rule.trajectoryGuidanceMissing");
	}

	@Test
	void self_reliance_without_any_intervention_is_uncovered_and_lacks_trajectory_guidance() {
		assertThat(PlanCoverage.violations(EnumSet.of(LifeDomain.SELF_RELIANCE, LifeDomain.DEBTS),
				List.of(intervention(LifeDomain.DEBTS, InterventionType.OTHER))))
			.containsExactly("trajectory.rule.uncovered.SELF_RELIANCE", "trajectory.rule.trajectoryGuidanceMissing");
	}

	@Test
	void trajectory_guidance_on_self_reliance_satisfies_both_rules() {
		assertThat(PlanCoverage.violations(EnumSet.of(LifeDomain.SELF_RELIANCE),
				List.of(intervention(LifeDomain.SELF_RELIANCE, InterventionType.TRAJECTORY_GUIDANCE)))).isEmpty();
	}

	@Test
	void unconfirmed_deficits_and_an_empty_plan_are_refused() {
		assertThat(PlanCoverage.violations(null, List.of()))
			.containsExactly("trajectory.rule.deficitsNotConfirmed", "trajectory.rule.noInterventions");
	}

	@Test
	void the_default_mapping_proposes_deficits_from_low_zrm_and_high_risc_scores() {
		DeficitMapping mapping = new DeficitMapping(new ClassPathResource("trajectories/deficit-mapping.csv"));
		assertThat(mapping.rules()).isNotEmpty();
		assertThat(mapping.propose(Instrument.ZRM, Map.of("FINANCES", 1, "HOUSING", 3, "BASIC_ADL", 2)))
			.containsExactlyInAnyOrder(LifeDomain.DEBTS, LifeDomain.SELF_RELIANCE);
		assertThat(mapping.propose(Instrument.RISC, Map.of("HOUSING", 3, "INCOME_AND_MONEY", 5, "DRUG_USE", 2)))
			.containsExactlyInAnyOrder(LifeDomain.HOUSING, LifeDomain.WORK_AND_INCOME, LifeDomain.DEBTS);
		assertThat(mapping.propose(Instrument.LIJ, Map.of())).isEmpty();
	}

	@Test
	void a_person_is_an_adult_on_the_eighteenth_birthday() {
		LocalDate born = LocalDate.of(2008, 2, 29);
		assertThat(Assessments.minorOn(born, LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(Assessments.minorOn(born, LocalDate.of(2026, 3, 1))).isFalse();
		assertThat(Assessments.minorOn(LocalDate.of(2000, 6, 15), LocalDate.of(2018, 6, 14))).isTrue();
		assertThat(Assessments.minorOn(LocalDate.of(2000, 6, 15), LocalDate.of(2018, 6, 15))).isFalse();
	}

	@Test
	void a_counter_proposal_moves_the_end_along_with_the_start() {
		Intervention planned = intervention(LifeDomain.HOUSING, InterventionType.OTHER);
		Intervention moved = planned.startingOn(planned.plannedStart().plusDays(14));
		assertThat(moved.plannedEnd()).isEqualTo(planned.plannedEnd().plusDays(14));
		assertThat(moved.id()).isEqualTo(planned.id());
	}
}
