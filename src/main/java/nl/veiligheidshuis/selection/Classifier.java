package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Classifies and scores persons for one rule set and reference date. Pure: the same input gives the same
 * output, so every boundary is a unit test. Antecedents after the reference date do not count.
 * <p>
 * Age is the number of full years from the date of birth to the reference date ({@link Period}): a person
 * is 18 on their 18th birthday; a person born on 29 February turns a year older on 1 March in a year
 * without 29 February (the later of the two usual readings, so nobody is treated as an adult a day early).
 */
final class Classifier {

	private final RuleSet ruleSet;
	private final LocalDate referenceDate;
	private final int reference;
	/** Per rule: first epoch day of the count window (or MIN_VALUE), and of the recent window. */
	private final int[] countFrom;
	private final int[] recentFrom;
	private final int frequencyFrom;
	private final int recencyFrom;
	private final double[] gravity = new double[OffenceCategory.values().length];

	Classifier(RuleSet ruleSet, LocalDate referenceDate) {
		this.ruleSet = ruleSet;
		this.referenceDate = referenceDate;
		this.reference = (int) referenceDate.toEpochDay();
		List<ClassificationRule> rules = ruleSet.rules();
		countFrom = new int[rules.size()];
		recentFrom = new int[rules.size()];
		for (int r = 0; r < rules.size(); r++) {
			countFrom[r] = windowStart(rules.get(r).countWindowMonths());
			recentFrom[r] = windowStart(rules.get(r).recentWindowMonths());
		}
		frequencyFrom = windowStart(ruleSet.scoring().frequencyWindowMonths());
		recencyFrom = windowStart(ruleSet.scoring().recencyWindowMonths());
		for (OffenceCategory category : OffenceCategory.values()) {
			gravity[category.ordinal()] = ruleSet.scoring().gravity(category);
		}
	}

	/** The first day of a window of so many months ending on the reference date; no window: everything. */
	private int windowStart(@Nullable Integer months) {
		return months == null ? Integer.MIN_VALUE : (int) referenceDate.minusMonths(months).toEpochDay();
	}

	static @Nullable Integer age(@Nullable LocalDate dateOfBirth, LocalDate on) {
		if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
			return null;
		}
		return Period.between(dateOfBirth, on).getYears();
	}

	Classification classify(@Nullable LocalDate dateOfBirth, AntecedentView antecedents, int partnerSignals) {
		Integer age = age(dateOfBirth, referenceDate);
		int counted = 0;
		int last = Integer.MIN_VALUE;
		for (int k = 0; k < antecedents.size(); k++) {
			int day = antecedents.epochDay(k);
			if (day <= reference) {
				counted++;
				last = Math.max(last, day);
			}
		}
		TargetGroup category = null;
		List<ClassificationRule> rules = ruleSet.rules();
		for (int r = 0; r < rules.size() && category == null && counted > 0; r++) {
			if (holds(rules.get(r), countFrom[r], recentFrom[r], age, antecedents)) {
				category = rules.get(r).category();
			}
		}
		return new Classification(category, age, counted, counted == 0 ? null : LocalDate.ofEpochDay(last),
				0, List.of()).withScore(score(antecedents, partnerSignals));
	}

	private boolean holds(ClassificationRule rule, int countStart, int recentStart, @Nullable Integer age,
			AntecedentView antecedents) {
		if ((rule.minAge() != null || rule.maxAge() != null) && age == null) {
			return false;
		}
		if (rule.minAge() != null && age < rule.minAge() || rule.maxAge() != null && age > rule.maxAge()) {
			return false;
		}
		int inCountWindow = 0;
		int inRecentWindow = 0;
		for (int k = 0; k < antecedents.size(); k++) {
			int day = antecedents.epochDay(k);
			if (day > reference) {
				continue;
			}
			if (day >= countStart) {
				inCountWindow++;
			}
			if (day >= recentStart) {
				inRecentWindow++;
			}
		}
		return inCountWindow >= rule.minCount() && (rule.maxCount() == null || inCountWindow <= rule.maxCount())
				&& (rule.recentWindowMonths() == null || inRecentWindow >= rule.minRecent());
	}

	private List<ScoreContribution> score(AntecedentView antecedents, int partnerSignals) {
		double frequency = 0, recency = 0, gravitySum = 0, violence = 0, domesticViolence = 0, weapons = 0;
		for (int k = 0; k < antecedents.size(); k++) {
			int day = antecedents.epochDay(k);
			if (day > reference) {
				continue;
			}
			if (day >= recencyFrom) {
				recency++;
			}
			if (day >= frequencyFrom) {
				OffenceCategory category = antecedents.category(k);
				frequency++;
				gravitySum += gravity[category.ordinal()];
				violence += category == OffenceCategory.VIOLENCE ? 1 : 0;
				domesticViolence += category == OffenceCategory.DOMESTIC_VIOLENCE ? 1 : 0;
				weapons += category == OffenceCategory.WEAPONS ? 1 : 0;
			}
		}
		double[] values = { frequency, recency, gravitySum, violence, domesticViolence, weapons, partnerSignals };
		List<ScoreContribution> breakdown = new ArrayList<>(values.length);
		for (ScoringFactor factor : ScoringFactor.values()) {
			double weight = ruleSet.scoring().weight(factor);
			breakdown.add(new ScoreContribution(factor, values[factor.ordinal()], weight,
					round(values[factor.ordinal()] * weight)));
		}
		return breakdown;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
