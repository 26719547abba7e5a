package nl.veiligheidshuis.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Estimates the effect of taking part in a trajectory on re-offending by <b>coarsened exact matching</b> (CEM,
 * Iacus, King and Porro 2012): participants and comparison persons are put in strata of equal target group, age
 * band, gender, antecedent-count band and recency band; strata without both kinds are dropped, and within each
 * stratum the comparison persons are weighted to the number of participants there. The effect is the
 * difference (participants − weighted comparison) over the matched participants (the effect on the treated),
 * with a 95% percentile bootstrap interval: participants and comparison persons are resampled with replacement,
 * each group on its own, and the matching is redone in every replicate, so the interval includes the
 * uncertainty of the matching. Why CEM and not propensity scores: docs/effect-monitoring.md.
 * <p>
 * This is an observational comparison: it removes the differences in the matched covariates, not in what was
 * not measured (motivation, the reason a person was not selected). The page says so.
 */
public final class EffectEstimator {

	/**
	 * Antecedent-count bands (lower bounds): 0, 1, 2, 3, 4–5, 6–7, 8–10, 11–15, 16–20, 21–30, 31–50, 51 and more.
	 * Narrow where most people are: risk rises with every antecedent, and wide bands leave imbalance inside them.
	 */
	static final int[] COUNT_BANDS = { 0, 1, 2, 3, 4, 6, 8, 11, 16, 21, 31, 51 };
	/** Months since the last antecedent: 0–3, 4–6, 7–12, 13 and more (lower bounds). */
	static final int[] RECENCY_BANDS = { 0, 4, 7, 13 };

	private final int replicates;
	private final long seed;

	/** @param replicates bootstrap replicates (1,000 or more for a report); the seed makes a report repeatable */
	public EffectEstimator(int replicates, long seed) {
		if (replicates < 100) {
			throw new IllegalArgumentException("At least 100 bootstrap replicates");
		}
		this.replicates = replicates;
		this.seed = seed;
	}

	public EffectEstimate estimate(List<EffectSubject> subjects) {
		Map<String, Integer> strata = new HashMap<>();
		List<Unit> treated = new ArrayList<>();
		List<Unit> control = new ArrayList<>();
		for (EffectSubject s : subjects) {
			int stratum = strata.computeIfAbsent(stratumKey(s), k -> strata.size());
			(s.participant() ? treated : control).add(new Unit(stratum, s.reoffended() ? 1 : 0, s.frequency(), s));
		}
		Unit[] t = treated.toArray(Unit[]::new);
		Unit[] c = control.toArray(Unit[]::new);
		int strataCount = strata.size();
		Point point = Point.of(t, c, strataCount);
		double[] prevalence = new double[replicates];
		double[] relative = new double[replicates];
		double[] frequency = new double[replicates];
		double[] naive = new double[replicates];
		double[] naiveRelative = new double[replicates];
		SplittableRandom random = new SplittableRandom(seed);
		Unit[] bt = new Unit[t.length];
		Unit[] bc = new Unit[c.length];
		for (int r = 0; r < replicates; r++) {
			for (int i = 0; i < bt.length; i++) {
				bt[i] = t[random.nextInt(t.length)];
			}
			for (int i = 0; i < bc.length; i++) {
				bc[i] = c[random.nextInt(c.length)];
			}
			Point b = Point.of(bt, bc, strataCount);
			prevalence[r] = b.treatedPrevalence - b.controlPrevalence;
			relative[r] = relative(b.treatedPrevalence, b.controlPrevalence);
			frequency[r] = b.treatedFrequency - b.controlFrequency;
			naive[r] = b.naiveTreated - b.naiveControl;
			naiveRelative[r] = relative(b.naiveTreated, b.naiveControl);
		}
		return new EffectEstimate(new EffectEstimate.GroupSizes(t.length, point.matchedTreated),
				new EffectEstimate.GroupSizes(c.length, point.matchedControl),
				measure(point.treatedPrevalence, point.controlPrevalence, prevalence, false),
				measure(point.treatedPrevalence, point.controlPrevalence, relative, true),
				measure(point.treatedFrequency, point.controlFrequency, frequency, false),
				measure(point.naiveTreated, point.naiveControl, naive, false),
				measure(point.naiveTreated, point.naiveControl, naiveRelative, true),
				balance(t, c, point), replicates);
	}

	static String stratumKey(EffectSubject s) {
		return s.category() + '|' + s.ageBand() + '|' + s.gender() + '|' + band(s.antecedentsBefore(), COUNT_BANDS) + '|'
				+ band(s.monthsSinceLast(), RECENCY_BANDS);
	}

	static int band(int value, int[] lowerBounds) {
		int band = 0;
		for (int i = 0; i < lowerBounds.length; i++) {
			if (value >= lowerBounds[i]) {
				band = i;
			}
		}
		return band;
	}

	private record Unit(int stratum, int reoffended, double frequency, EffectSubject subject) {
	}

	/** The matched and naive means of one sample; comparison means weighted to the participants' strata. */
	private record Point(double treatedPrevalence, double controlPrevalence, double treatedFrequency,
			double controlFrequency, double naiveTreated, double naiveControl, int matchedTreated, int matchedControl,
			double[] controlWeight) {

		static Point of(Unit[] t, Unit[] c, int strata) {
			int[] nt = new int[strata];
			int[] nc = new int[strata];
			double[] yt = new double[strata];
			double[] yc = new double[strata];
			double[] ft = new double[strata];
			double[] fc = new double[strata];
			double naiveT = 0;
			double naiveC = 0;
			for (Unit u : t) {
				nt[u.stratum]++;
				yt[u.stratum] += u.reoffended;
				ft[u.stratum] += u.frequency;
				naiveT += u.reoffended;
			}
			for (Unit u : c) {
				nc[u.stratum]++;
				yc[u.stratum] += u.reoffended;
				fc[u.stratum] += u.frequency;
				naiveC += u.reoffended;
			}
			int matchedT = 0;
			int matchedC = 0;
			double sumT = 0;
			double sumC = 0;
			double sumFt = 0;
			double sumFc = 0;
			double[] weight = new double[strata];
			for (int s = 0; s < strata; s++) {
				if (nt[s] > 0 && nc[s] > 0) {
					matchedT += nt[s];
					matchedC += nc[s];
					sumT += yt[s];
					sumFt += ft[s];
					// the comparison mean of the stratum, counted as often as the stratum has participants
					sumC += nt[s] * (yc[s] / nc[s]);
					sumFc += nt[s] * (fc[s] / nc[s]);
					weight[s] = (double) nt[s] / nc[s];
				}
			}
			double none = Double.NaN;
			return new Point(matchedT == 0 ? none : sumT / matchedT, matchedT == 0 ? none : sumC / matchedT,
					matchedT == 0 ? none : sumFt / matchedT, matchedT == 0 ? none : sumFc / matchedT,
					t.length == 0 ? none : naiveT / t.length, c.length == 0 ? none : naiveC / c.length, matchedT, matchedC,
					weight);
		}
	}

	private static double relative(double treated, double control) {
		return control > 0 ? (treated - control) / control : Double.NaN;
	}

	private static EffectEstimate.Measure measure(double treated, double control, double[] replicates, boolean relative) {
		double difference = relative ? relative(treated, control) : treated - control;
		double[] finite = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
		if (finite.length == 0) {
			return new EffectEstimate.Measure(treated, control, difference, Double.NaN, Double.NaN);
		}
		return new EffectEstimate.Measure(treated, control, difference, percentile(finite, 0.025),
				percentile(finite, 0.975));
	}

	/** The percentile of sorted values, interpolated between the two nearest ranks. */
	static double percentile(double[] sorted, double p) {
		double rank = p * (sorted.length - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
	}

	private static List<EffectEstimate.Balance> balance(Unit[] t, Unit[] c, Point point) {
		List<EffectEstimate.Balance> balance = new ArrayList<>();
		balance.add(balanceOf("antecedentsBefore", t, c, point, u -> u.subject.antecedentsBefore()));
		balance.add(balanceOf("monthsSinceLast", t, c, point, u -> u.subject.monthsSinceLast()));
		balance.add(balanceOf("male", t, c, point, u -> "M".equals(u.subject.gender()) ? 1 : 0));
		return balance;
	}

	/** Standardised mean difference: before over everyone, after over the matched with the CEM weights. */
	private static EffectEstimate.Balance balanceOf(String covariate, Unit[] t, Unit[] c, Point point,
			ToDoubleFunction<Unit> value) {
		double before = smd(t, c, value, u -> 1, u -> 1);
		double after = smd(t, c, value, u -> point.controlWeight[u.stratum] > 0 ? 1 : 0,
				u -> point.controlWeight[u.stratum]);
		return new EffectEstimate.Balance(covariate, before, after);
	}

	private static double smd(Unit[] t, Unit[] c, ToDoubleFunction<Unit> value, ToDoubleFunction<Unit> treatedWeight,
			ToDoubleFunction<Unit> controlWeight) {
		double[] mt = weightedMeanAndVariance(t, value, treatedWeight);
		double[] mc = weightedMeanAndVariance(c, value, controlWeight);
		double pooled = Math.sqrt((mt[1] + mc[1]) / 2);
		if (!(pooled > 0)) {
			return mt[0] == mc[0] ? 0 : Double.NaN;
		}
		return (mt[0] - mc[0]) / pooled;
	}

	private static double[] weightedMeanAndVariance(Unit[] units, ToDoubleFunction<Unit> value,
			ToDoubleFunction<Unit> weight) {
		double total = 0;
		double sum = 0;
		for (Unit u : units) {
			double w = weight.applyAsDouble(u);
			total += w;
			sum += w * value.applyAsDouble(u);
		}
		if (total == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		double mean = sum / total;
		double squares = 0;
		for (Unit u : units) {
			double d = value.applyAsDouble(u) - mean;
			squares += weight.applyAsDouble(u) * d * d;
		}
		return new double[] { mean, squares / total };
	}
}
