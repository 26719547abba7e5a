package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>
 * The rules and the score only count antecedents (up to the reference date, in a window, of a category),
 * so a person's antecedents are summed up in a <em>tally</em> of a few ints, one antecedent at a time and in
 * any order; a run over the whole registry keeps all tallies in one array instead of every antecedent.
 */
final class Classifier {

	private static final int CATEGORIES = OffenceCategory.values().length;
	/** The number of the score's factors: the length of a person's factors' values. */
	static final int FACTORS = ScoringFactor.values().length;
	/** Positions in a tally: antecedents up to the reference date, the most recent of them, then per window. */
	private static final int COUNTED = 0;
	private static final int LAST = 1;
	private static final int WINDOWS = 2;

	private final RuleSet ruleSet;
	private final LocalDate referenceDate;
	private final int reference;
	/** The distinct first epoch days of the windows of the rules and the score. */
	private final int[] windowStarts;
	/** Per rule: the tally position of its count window (COUNTED for the whole record), of its recent window. */
	private final int[] countAt;
	private final int[] recentAt;
	private final int frequencyFrom;
	private final int frequencyAt;
	private final int recencyAt;
	/** Tally position of the first per-category count (antecedents in the frequency window). */
	private final int categoriesAt;
	private final double[] gravity = new double[CATEGORIES];
	/** The scoring weights in {@link ScoringFactor} order. */
	private final double[] weights = new double[FACTORS];

	Classifier(RuleSet ruleSet, LocalDate referenceDate) {
		this.ruleSet = ruleSet;
		this.referenceDate = referenceDate;
		this.reference = (int) referenceDate.toEpochDay();
		for (ScoringFactor factor : ScoringFactor.values()) {
			weights[factor.ordinal()] = ruleSet.scoring().weight(factor);
		}
		List<ClassificationRule> rules = ruleSet.rules();
		List<Integer> starts = new ArrayList<>();
		for (ClassificationRule rule : rules) {
			addWindow(starts, rule.countWindowMonths());
			addWindow(starts, rule.recentWindowMonths());
		}
		addWindow(starts, ruleSet.scoring().frequencyWindowMonths());
		addWindow(starts, ruleSet.scoring().recencyWindowMonths());
		windowStarts = starts.stream().mapToInt(Integer::intValue).toArray();
		countAt = new int[rules.size()];
		recentAt = new int[rules.size()];
		for (int r = 0; r < rules.size(); r++) {
			countAt[r] = at(rules.get(r).countWindowMonths());
			recentAt[r] = at(rules.get(r).recentWindowMonths());
		}
		frequencyFrom = windowStart(ruleSet.scoring().frequencyWindowMonths());
		frequencyAt = at(ruleSet.scoring().frequencyWindowMonths());
		recencyAt = at(ruleSet.scoring().recencyWindowMonths());
		categoriesAt = WINDOWS + windowStarts.length;
		for (OffenceCategory category : OffenceCategory.values()) {
			gravity[category.ordinal()] = ruleSet.scoring().gravity(category);
		}
	}

	private void addWindow(List<Integer> starts, @Nullable Integer months) {
		if (months != null && !starts.contains(windowStart(months))) {
			starts.add(windowStart(months));
		}
	}

	/** The tally position that counts the antecedents of a window; no window: the whole record. */
	private int at(@Nullable Integer months) {
		if (months == null) {
			return COUNTED;
		}
		int start = windowStart(months);
		for (int w = 0; w < windowStarts.length; w++) {
			if (windowStarts[w] == start) {
				return WINDOWS + w;
			}
		}
		throw new IllegalStateException("window not registered");
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

	/**
	 * The ints a person's tally takes: everything the rules and the score ask of their antecedents (the
	 * number up to the reference date, the most recent, the number in each window, and per offence category
	 * the number in the frequency window). A run keeps one tally per person in one array.
	 */
	int tallySize() {
		return categoriesAt + CATEGORIES;
	}

	/** Empties the tally at {@code at} (a person without antecedents yet). */
	void clear(int[] tallies, int at) {
		Arrays.fill(tallies, at, at + tallySize(), 0);
		tallies[at + LAST] = Integer.MIN_VALUE;
	}

	/** Counts one antecedent in the tally at {@code at}; one registered after the reference date does not count. */
	void add(int[] tallies, int at, int epochDay, OffenceCategory category) {
		if (epochDay > reference) {
			return;
		}
		tallies[at + COUNTED]++;
		if (epochDay > tallies[at + LAST]) {
			tallies[at + LAST] = epochDay;
		}
		for (int w = 0; w < windowStarts.length; w++) {
			if (epochDay >= windowStarts[w]) {
				tallies[at + WINDOWS + w]++;
			}
		}
		if (epochDay >= frequencyFrom) {
			tallies[at + categoriesAt + category.ordinal()]++;
		}
	}

	/** The number of antecedents up to the reference date in the tally at {@code at}. */
	int counted(int[] tallies, int at) {
		return tallies[at + COUNTED];
	}

	Classification classify(@Nullable LocalDate dateOfBirth, AntecedentView antecedents, int partnerSignals) {
		int[] tally = new int[tallySize()];
		clear(tally, 0);
		for (int k = 0; k < antecedents.size(); k++) {
			add(tally, 0, antecedents.epochDay(k), antecedents.category(k));
		}
		return classify(dateOfBirth, tally, 0, partnerSignals);
	}

	/** The category (the first rule that holds) and the score of the person whose tally is at {@code at}. */
	Classification classify(@Nullable LocalDate dateOfBirth, int[] tallies, int at, int partnerSignals) {
		Integer age = age(dateOfBirth, referenceDate);
		int counted = tallies[at + COUNTED];
		double[] values = factorValues(tallies, at, partnerSignals);
		return new Classification(category(age, tallies, at), age, counted,
				counted == 0 ? null : LocalDate.ofEpochDay(tallies[at + LAST]), score(values),
				breakdown(values, ruleSet.scoring()));
	}

	/** The category for a person of this age (on the reference date) whose tally is at {@code at}, or null. */
	@Nullable TargetGroup category(@Nullable Integer age, int[] tallies, int at) {
		if (tallies[at + COUNTED] == 0) {
			return null;
		}
		List<ClassificationRule> rules = ruleSet.rules();
		for (int r = 0; r < rules.size(); r++) {
			if (holds(rules.get(r), tallies[at + countAt[r]], tallies[at + recentAt[r]], age)) {
				return rules.get(r).category();
			}
		}
		return null;
	}

	private static boolean holds(ClassificationRule rule, int inCountWindow, int inRecentWindow, @Nullable Integer age) {
		if ((rule.minAge() != null || rule.maxAge() != null) && age == null) {
			return false;
		}
		if (rule.minAge() != null && age < rule.minAge() || rule.maxAge() != null && age > rule.maxAge()) {
			return false;
		}
		return inCountWindow >= rule.minCount() && (rule.maxCount() == null || inCountWindow <= rule.maxCount())
				&& (rule.recentWindowMonths() == null || inRecentWindow >= rule.minRecent());
	}

	/** The values of the score's factors (in {@link ScoringFactor} order) of the person whose tally is at {@code at}. */
	double[] factorValues(int[] tallies, int at, int partnerSignals) {
		double[] values = new double[FACTORS];
		factorValues(tallies, at, partnerSignals, values);
		return values;
	}

	/** {@link #factorValues(int[], int, int)} into {@code values} (a run's reading reuses one array per thread). */
	void factorValues(int[] tallies, int at, int partnerSignals, double[] values) {
		double gravitySum = 0;
		for (int c = 0; c < CATEGORIES; c++) {
			gravitySum += tallies[at + categoriesAt + c] * gravity[c];
		}
		values[ScoringFactor.FREQUENCY.ordinal()] = tallies[at + frequencyAt];
		values[ScoringFactor.RECENCY.ordinal()] = tallies[at + recencyAt];
		values[ScoringFactor.GRAVITY.ordinal()] = gravitySum;
		values[ScoringFactor.VIOLENCE.ordinal()] = tallies[at + categoriesAt + OffenceCategory.VIOLENCE.ordinal()];
		values[ScoringFactor.DOMESTIC_VIOLENCE.ordinal()] = tallies[at + categoriesAt
				+ OffenceCategory.DOMESTIC_VIOLENCE.ordinal()];
		values[ScoringFactor.WEAPONS.ordinal()] = tallies[at + categoriesAt + OffenceCategory.WEAPONS.ordinal()];
		values[ScoringFactor.PARTNER_SIGNALS.ordinal()] = partnerSignals;
	}

	/**
	 * The score of the factors' values: what {@link #breakdown} would sum to (each contribution rounded to cents, the
	 * sum rounded), without building the breakdown (a national run scores half a million persons).
	 */
	double score(double[] values) {
		double sum = 0;
		for (int f = 0; f < weights.length; f++) {
			sum += round((f < values.length ? values[f] : 0) * weights[f]);
		}
		return round(sum);
	}

	/** The most recent antecedent up to the reference date (an epoch day) in the tally at {@code at}; counted > 0. */
	int lastAntecedent(int[] tallies, int at) {
		return tallies[at + LAST];
	}

	/**
	 * The breakdown of a score from the factors' values (in {@link ScoringFactor} order) and the weights of the
	 * rule set: value × weight = contribution, rounded to cents. A run stores only the values (its rule-set
	 * version has the weights) and every reader rebuilds the breakdown here, as the run computed it; a value
	 * missing at the end (a factor added after the run) counts as 0.
	 */
	static List<ScoreContribution> breakdown(double[] values, Scoring scoring) {
		ScoringFactor[] factors = ScoringFactor.values();
		ScoreContribution[] breakdown = new ScoreContribution[factors.length];
		for (ScoringFactor factor : factors) {
			double value = factor.ordinal() < values.length ? values[factor.ordinal()] : 0;
			double weight = scoring.weight(factor);
			breakdown[factor.ordinal()] = new ScoreContribution(factor, value, weight, round(value * weight));
		}
		return List.of(breakdown);
	}

	/** The factors' values of a breakdown, in {@link ScoringFactor} order: what a run stores of it. */
	static double[] values(List<ScoreContribution> breakdown) {
		double[] values = new double[FACTORS];
		for (ScoreContribution c : breakdown) {
			values[c.factor().ordinal()] = c.value();
		}
		return values;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
