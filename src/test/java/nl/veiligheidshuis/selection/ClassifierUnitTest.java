package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.platform.TargetGroup;

/** Every boundary of the default rule set (DESIGN.md §4 rule 1), as documented in the algorithm register. */
class ClassifierUnitTest {

	static final LocalDate REFERENCE = LocalDate.of(2026, 6, 15);
	static final LocalDate ADULT = LocalDate.of(1990, 1, 1);
	static final Classifier DEFAULT = new Classifier(RuleSet.defaults(1, LocalDate.of(2006, 1, 1)), REFERENCE);

	record Antecedent(LocalDate date, OffenceCategory category) {
	}

	static AntecedentView view(List<Antecedent> antecedents) {
		return new AntecedentView() {
			public int size() {
				return antecedents.size();
			}

			public int epochDay(int k) {
				return (int) antecedents.get(k).date().toEpochDay();
			}

			public OffenceCategory category(int k) {
				return antecedents.get(k).category();
			}
		};
	}

	/** n antecedents, the first on the given day and the others on the days after it. */
	static List<Antecedent> from(LocalDate first, int n) {
		List<Antecedent> list = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			list.add(new Antecedent(first.plusDays(k), OffenceCategory.PROPERTY));
		}
		return list;
	}

	static TargetGroup category(LocalDate birth, List<Antecedent> antecedents) {
		return DEFAULT.classify(birth, view(antecedents), 0).category();
	}

	@Test
	void ten_recent_antecedents_make_a_repeat_offender_eleven_a_very_active_prolific_offender() {
		assertThat(category(ADULT, from(REFERENCE.minusMonths(3), 10))).isEqualTo(TargetGroup.REPEAT_OFFENDER);
		assertThat(category(ADULT, from(REFERENCE.minusMonths(3), 11))).isEqualTo(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER);
	}

	@Test
	void an_antecedent_exactly_twelve_months_before_the_reference_date_is_recent_a_day_earlier_is_not() {
		List<Antecedent> old = from(REFERENCE.minusYears(3), 2);
		List<Antecedent> onTheDay = new ArrayList<>(old);
		onTheDay.add(new Antecedent(REFERENCE.minusMonths(12), OffenceCategory.DRUGS));
		assertThat(category(ADULT, onTheDay)).isEqualTo(TargetGroup.REPEAT_OFFENDER);
		List<Antecedent> dayBefore = new ArrayList<>(old);
		dayBefore.add(new Antecedent(REFERENCE.minusMonths(12).minusDays(1), OffenceCategory.DRUGS));
		assertThat(category(ADULT, dayBefore)).isNull();
	}

	@Test
	void an_antecedent_exactly_five_years_before_the_reference_date_counts_in_the_five_years_a_day_earlier_does_not() {
		List<Antecedent> ten = from(REFERENCE.minusMonths(6), 10);
		List<Antecedent> onTheDay = new ArrayList<>(ten);
		onTheDay.add(new Antecedent(REFERENCE.minusYears(5), OffenceCategory.VIOLENCE));
		assertThat(category(ADULT, onTheDay)).isEqualTo(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER);
		List<Antecedent> dayBefore = new ArrayList<>(ten);
		dayBefore.add(new Antecedent(REFERENCE.minusYears(5).minusDays(1), OffenceCategory.VIOLENCE));
		assertThat(category(ADULT, dayBefore)).isEqualTo(TargetGroup.PROLIFIC_OFFENDER);
	}

	@Test
	void eleven_antecedents_without_one_in_the_last_twelve_months_classify_as_nothing() {
		assertThat(category(ADULT, from(REFERENCE.minusMonths(30), 11))).isNull();
	}

	@Test
	void the_eighteenth_birthday_on_the_reference_date_makes_an_adult() {
		List<Antecedent> six = from(REFERENCE.minusMonths(2), 6);
		assertThat(category(REFERENCE.minusYears(18), six)).isEqualTo(TargetGroup.REPEAT_OFFENDER);
		assertThat(category(REFERENCE.minusYears(18).plusDays(1), six)).isEqualTo(TargetGroup.YOUTH_PROLIFIC_OFFENDER);
	}

	@Test
	void youth_prolific_offenders_are_twelve_to_seventeen_with_more_than_five_antecedents() {
		assertThat(category(REFERENCE.minusYears(12), from(REFERENCE.minusMonths(2), 6)))
			.isEqualTo(TargetGroup.YOUTH_PROLIFIC_OFFENDER);
		assertThat(category(REFERENCE.minusYears(12), from(REFERENCE.minusMonths(2), 5))).isNull();
		assertThat(category(REFERENCE.minusYears(12).plusDays(1), from(REFERENCE.minusMonths(2), 6))).isNull();
	}

	@Test
	void a_leap_day_birthday_turns_a_year_older_on_the_first_of_march_in_other_years() {
		LocalDate leapDay = LocalDate.of(2008, 2, 29);
		assertThat(Classifier.age(leapDay, LocalDate.of(2026, 2, 28))).isEqualTo(17);
		assertThat(Classifier.age(leapDay, LocalDate.of(2026, 3, 1))).isEqualTo(18);
		assertThat(Classifier.age(leapDay, LocalDate.of(2028, 2, 29))).isEqualTo(20);
		List<Antecedent> six = from(LocalDate.of(2026, 1, 10), 6);
		Classifier onTheTwentyEighth = new Classifier(RuleSet.defaults(1, LocalDate.of(2006, 1, 1)), LocalDate.of(2026, 2, 28));
		assertThat(onTheTwentyEighth.classify(leapDay, view(six), 0).category()).isEqualTo(TargetGroup.YOUTH_PROLIFIC_OFFENDER);
		Classifier onTheFirst = new Classifier(RuleSet.defaults(1, LocalDate.of(2006, 1, 1)), LocalDate.of(2026, 3, 1));
		assertThat(onTheFirst.classify(leapDay, view(six), 0).category()).isEqualTo(TargetGroup.REPEAT_OFFENDER);
	}

	@Test
	void a_window_from_a_leap_day_reference_date_starts_on_the_last_day_of_february() {
		LocalDate reference = LocalDate.of(2028, 2, 29);
		Classifier classifier = new Classifier(RuleSet.defaults(1, LocalDate.of(2006, 1, 1)), reference);
		List<Antecedent> onTheDay = new ArrayList<>(from(LocalDate.of(2020, 1, 1), 2));
		onTheDay.add(new Antecedent(LocalDate.of(2027, 2, 28), OffenceCategory.PROPERTY));
		assertThat(classifier.classify(ADULT, view(onTheDay), 0).category()).isEqualTo(TargetGroup.REPEAT_OFFENDER);
		List<Antecedent> dayBefore = new ArrayList<>(from(LocalDate.of(2020, 1, 1), 2));
		dayBefore.add(new Antecedent(LocalDate.of(2027, 2, 27), OffenceCategory.PROPERTY));
		assertThat(classifier.classify(ADULT, view(dayBefore), 0).category()).isNull();
	}

	@Test
	void antecedents_after_the_reference_date_are_ignored() {
		List<Antecedent> antecedents = new ArrayList<>(from(REFERENCE.minusMonths(1), 1));
		antecedents.addAll(from(REFERENCE.plusDays(1), 20));
		Classification classification = DEFAULT.classify(ADULT, view(antecedents), 0);
		assertThat(classification.category()).isEqualTo(TargetGroup.FIRST_OFFENDER);
		assertThat(classification.antecedents()).isEqualTo(1);
		assertThat(classification.lastAntecedent()).isEqualTo(REFERENCE.minusMonths(1));
	}

	@Test
	void exactly_one_antecedent_makes_a_first_offender_at_any_age_and_with_unknown_birth_date() {
		assertThat(category(ADULT, from(REFERENCE.minusYears(8), 1))).isEqualTo(TargetGroup.FIRST_OFFENDER);
		assertThat(category(null, from(REFERENCE.minusYears(8), 1))).isEqualTo(TargetGroup.FIRST_OFFENDER);
		assertThat(category(null, from(REFERENCE.minusMonths(1), 3))).isNull();
	}

	@Test
	void the_score_is_the_sum_of_its_breakdown_value_times_weight() {
		List<Antecedent> antecedents = List.of(new Antecedent(REFERENCE.minusMonths(2), OffenceCategory.VIOLENCE),
				new Antecedent(REFERENCE.minusMonths(20), OffenceCategory.WEAPONS),
				new Antecedent(REFERENCE.minusYears(7), OffenceCategory.DOMESTIC_VIOLENCE));
		Classification c = DEFAULT.classify(ADULT, view(antecedents), 2);
		// frequency 2 ×1, recency 1 ×2, gravity (3 + 3) ×1, violence 1 ×2, weapons 1 ×2, domestic violence 0, signals 2 ×3
		assertThat(c.breakdown()).extracting(ScoreContribution::factor, ScoreContribution::value,
				ScoreContribution::contribution)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ScoringFactor.FREQUENCY, 2.0, 2.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.RECENCY, 1.0, 2.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.GRAVITY, 6.0, 6.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.VIOLENCE, 1.0, 2.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.DOMESTIC_VIOLENCE, 0.0, 0.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.WEAPONS, 1.0, 2.0),
					org.assertj.core.groups.Tuple.tuple(ScoringFactor.PARTNER_SIGNALS, 2.0, 6.0));
		assertThat(c.score()).isEqualTo(20.0);
		assertThat(c.category()).isEqualTo(TargetGroup.REPEAT_OFFENDER);
	}

	@Test
	void the_stored_values_rebuild_the_same_breakdown_with_the_rule_sets_weights() {
		List<Antecedent> antecedents = List.of(new Antecedent(REFERENCE.minusMonths(2), OffenceCategory.VIOLENCE),
				new Antecedent(REFERENCE.minusMonths(3), OffenceCategory.PROPERTY),
				new Antecedent(REFERENCE.minusMonths(20), OffenceCategory.WEAPONS));
		Classification c = DEFAULT.classify(ADULT, view(antecedents), 1);
		double[] stored = Classifier.values(c.breakdown());
		assertThat(stored).hasSize(ScoringFactor.values().length);
		assertThat(Classifier.breakdown(stored, RuleSet.defaults(1, LocalDate.of(2006, 1, 1)).scoring())).isEqualTo(c.breakdown());
		// a factor added after the run: its value was not stored and counts as 0
		assertThat(Classifier.breakdown(new double[] { 2, 1 }, RuleSet.defaults(1, LocalDate.of(2006, 1, 1)).scoring()))
			.extracting(ScoreContribution::value).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
	}

	@Test
	void a_run_s_primitive_path_gives_what_classify_gives() {
		// What SelectionRuns computes per person without objects (category, factor values, score, last antecedent)
		// must be what classify computes with them, for every mix of ages, categories and windows.
		java.util.Random random = new java.util.Random(20261129);
		OffenceCategory[] categories = OffenceCategory.values();
		for (int person = 0; person < 2_000; person++) {
			LocalDate birth = REFERENCE.minusYears(12 + random.nextInt(50)).minusDays(random.nextInt(365));
			List<Antecedent> antecedents = new ArrayList<>();
			for (int k = random.nextInt(40); k > 0; k--) {
				antecedents.add(new Antecedent(REFERENCE.minusDays(random.nextInt(3_000) - 60),
						categories[random.nextInt(categories.length)]));
			}
			int signals = random.nextInt(3);
			Classification expected = DEFAULT.classify(birth, view(antecedents), signals);
			int[] tally = new int[DEFAULT.tallySize()];
			DEFAULT.clear(tally, 0);
			for (Antecedent a : antecedents) {
				DEFAULT.add(tally, 0, (int) a.date().toEpochDay(), a.category());
			}
			assertThat(DEFAULT.category(Classifier.age(birth, REFERENCE), tally, 0)).isEqualTo(expected.category());
			if (expected.antecedents() > 0) {
				double[] values = DEFAULT.factorValues(tally, 0, signals);
				assertThat(DEFAULT.score(values)).isEqualTo(expected.score());
				// What readers show: the breakdown's contributions sum to the stored score.
				assertThat(Classifier.round(expected.breakdown().stream().mapToDouble(ScoreContribution::contribution).sum()))
					.isEqualTo(expected.score());
				assertThat(values).isEqualTo(Classifier.values(expected.breakdown()));
				assertThat(LocalDate.ofEpochDay(DEFAULT.lastAntecedent(tally, 0))).isEqualTo(expected.lastAntecedent());
			}
		}
	}
}
