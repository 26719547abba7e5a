package nl.veiligheidshuis.persons.linkage;

import java.util.Locale;

/**
 * The Fellegi–Sunter model: for each field and comparison level the probability m of that level among
 * true matches and u among non-matches. A pair's match weight is the sum of log2(m/u) over its fields
 * (missing fields add nothing) plus the prior log-odds λ/(1−λ) of a candidate pair being a match; its
 * match probability is 2^w / (1 + 2^w). Weights come from {@link #defaults()} or are estimated from the
 * data: u from random pairs (nearly all non-matches), m and λ by expectation–maximisation over the
 * comparison vectors of the candidate pairs.
 */
public final class FellegiSunterModel {

	static final int BSN = 0;
	static final int IDENTIFIER = 1;
	static final int GIVEN_NAME = 2;
	static final int SURNAME = 3;
	static final int PREFIX = 4;
	static final int DATE_OF_BIRTH = 5;
	static final int GENDER = 6;
	static final int STREET = 7;
	static final int HOUSE_NUMBER = 8;
	static final int POSTAL_CODE = 9;
	static final int CITY = 10;
	static final int FIELDS = 11;

	static final String[] FIELD_NAMES = { "bsn", "identifier", "givenNames", "surname", "surnamePrefix",
			"dateOfBirth", "gender", "street", "houseNumber", "postalCode", "city" };

	/** Number of levels per field, level 0 (missing) included. */
	static final int[] LEVELS = { 4, 5, 7, 7, 3, 6, 3, 4, 3, 4, 4 };

	private static final int SURNAME_EXACT = 6;
	private static final int GIVEN_EXACT = 6;

	final double[][] m;
	final double[][] u;
	double lambda;
	final double[][] weights = new double[FIELDS][];
	double priorLogOdds;
	/** Which fields the last EM run estimated m for (present in enough pairs). */
	final boolean[] estimatedFields = new boolean[FIELDS];

	FellegiSunterModel(double[][] m, double[][] u, double lambda) {
		this.m = m;
		this.u = u;
		this.lambda = lambda;
		refreshWeights();
	}

	/**
	 * Configured m and u for when the data are too few to estimate them: typical of administrative person
	 * records with a few percent typing errors.
	 */
	public static FellegiSunterModel defaults() {
		double[][] m = {
				{ 0, 0.02, 0.08, 0.90 }, // bsn: different, within one typo, equal
				{ 0, 0.03, 0.02, 0.10, 0.85 }, // identifier: different, two edits, one edit, equal
				{ 0, 0.04, 0.02, 0.02, 0.04, 0.08, 0.80 }, // given: different, initials, .80, .88/phon, .94, equal
				{ 0, 0.03, 0.00001, 0.02, 0.04, 0.08, 0.83 }, // surname (no initials level)
				{ 0, 0.10, 0.90 }, // prefix: different, same
				{ 0, 0.03, 0.03, 0.04, 0.02, 0.88 }, // date: different, 2 of 3, one digit, transposed, equal
				{ 0, 0.02, 0.98 }, // gender
				{ 0, 0.15, 0.05, 0.80 }, // street: different, similar, equal
				{ 0, 0.15, 0.85 }, // house number
				{ 0, 0.15, 0.03, 0.82 }, // postal code: different, one edit, equal
				{ 0, 0.10, 0.05, 0.85 } }; // city
		double[][] u = {
				{ 0, 0.9999, 0.0001, 0.000001 },
				{ 0, 0.999, 0.0009, 0.00009, 0.000001 },
				{ 0, 0.93, 0.05, 0.01, 0.005, 0.002, 0.003 },
				{ 0, 0.98, 0.00001, 0.01, 0.005, 0.002, 0.003 },
				{ 0, 0.6, 0.4 },
				{ 0, 0.998, 0.0015, 0.0003, 0.00001, 0.00004 },
				{ 0, 0.5, 0.5 },
				{ 0, 0.97, 0.02, 0.001 },
				{ 0, 0.98, 0.02 },
				{ 0, 0.999, 0.0009, 0.0001 },
				{ 0, 0.97, 0.02, 0.01 } };
		return new FellegiSunterModel(m, u, 0.05);
	}

	double weight(int field, int level) {
		return weights[field][level];
	}

	/** The weight of an exact name agreement, made larger for rare values and smaller for common ones. */
	double frequencyAdjustedWeight(int field, float frequency) {
		int exact = field == SURNAME ? SURNAME_EXACT : GIVEN_EXACT;
		double valueU = Math.max(frequency, 1e-7);
		return log2(m[field][exact] / valueU);
	}

	static boolean isExactName(int field, int level) {
		return (field == SURNAME && level == SURNAME_EXACT) || (field == GIVEN_NAME && level == GIVEN_EXACT);
	}

	double matchWeight(long pattern) {
		double sum = priorLogOdds;
		for (int field = 0; field < FIELDS; field++) {
			sum += weights[field][Comparisons.levelOf(pattern, field)];
		}
		return sum;
	}

	static double probability(double matchWeight) {
		double odds = Math.pow(2, matchWeight);
		return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
	}

	/**
	 * Expectation–maximisation of m and λ with u held fixed, over distinct comparison vectors and how
	 * often each occurs among the candidate pairs.
	 */
	boolean estimate(long[] patterns, long[] counts, int iterations) {
		return expectationMaximisation(patterns, counts, iterations, true);
	}

	void useLambda(double lambda) {
		this.lambda = clamp(lambda);
		refreshWeights();
	}

	/** λ only, with m and u held fixed. */
	void estimateLambda(long[] patterns, long[] counts, int iterations) {
		expectationMaximisation(patterns, counts, iterations, false);
	}

	private boolean expectationMaximisation(long[] patterns, long[] counts, int iterations, boolean updateM) {
		double total = 0;
		for (long count : counts) {
			total += count;
		}
		if (total < 10) {
			return false;
		}
		java.util.Arrays.fill(estimatedFields, false);
		for (int iteration = 0; iteration < iterations; iteration++) {
			double[][] matched = new double[FIELDS][];
			for (int field = 0; field < FIELDS; field++) {
				matched[field] = new double[LEVELS[field]];
			}
			double matchedTotal = 0;
			for (int p = 0; p < patterns.length; p++) {
				double logOdds = Math.log(lambda / (1 - lambda));
				for (int field = 0; field < FIELDS; field++) {
					int level = Comparisons.levelOf(patterns[p], field);
					if (level > 0) {
						logOdds += Math.log(m[field][level] / u[field][level]);
					}
				}
				double g = logOdds > 50 ? 1 : 1 / (1 + Math.exp(-logOdds));
				double weighted = g * counts[p];
				matchedTotal += weighted;
				for (int field = 0; field < FIELDS; field++) {
					matched[field][Comparisons.levelOf(patterns[p], field)] += weighted;
				}
			}
			double previous = lambda;
			lambda = clamp(matchedTotal / total);
			for (int field = 0; field < FIELDS && updateM; field++) {
				double sum = 0;
				for (int level = 1; level < LEVELS[field]; level++) {
					sum += matched[field][level];
				}
				if (sum < 1) {
					continue; // the field is missing in (nearly) every matched pair: keep its prior m
				}
				estimatedFields[field] = true;
				for (int level = 1; level < LEVELS[field]; level++) {
					m[field][level] = clamp((matched[field][level] + 0.001) / (sum + 0.001 * (LEVELS[field] - 1)));
				}
			}
			if (Math.abs(previous - lambda) < 1e-7 && iteration > 3) {
				break;
			}
		}
		refreshWeights();
		return true;
	}

	/** u from the level frequencies of random pairs, smoothed so that no level has u = 0. */
	void estimateU(long[][] levelCounts) {
		for (int field = 0; field < FIELDS; field++) {
			double sum = 0;
			for (int level = 1; level < LEVELS[field]; level++) {
				sum += levelCounts[field][level];
			}
			if (sum < 100) {
				continue; // too few pairs with this field on both sides: keep the configured u
			}
			for (int level = 1; level < LEVELS[field]; level++) {
				u[field][level] = clamp((levelCounts[field][level] + 0.5) / (sum + 0.5 * (LEVELS[field] - 1)));
			}
		}
		refreshWeights();
	}

	private void refreshWeights() {
		for (int field = 0; field < FIELDS; field++) {
			weights[field] = new double[LEVELS[field]];
			for (int level = 1; level < LEVELS[field]; level++) {
				weights[field][level] = log2(m[field][level] / u[field][level]);
			}
		}
		priorLogOdds = log2(lambda / (1 - lambda));
	}

	/** The weights, one line per field, for the log and the algorithm register. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "prior lambda=%.5f (log2 odds %.2f)%n", lambda, priorLogOdds));
		for (int field = 0; field < FIELDS; field++) {
			text.append(String.format(Locale.ROOT, "%-14s", FIELD_NAMES[field]));
			for (int level = 1; level < LEVELS[field]; level++) {
				text.append(String.format(Locale.ROOT, " L%d m=%.4f u=%.6f w=%+.2f;", level, m[field][level],
						u[field][level], weights[field][level]));
			}
			text.append(System.lineSeparator());
		}
		return text.toString();
	}

	private static double clamp(double p) {
		return Math.min(Math.max(p, 1e-9), 1 - 1e-9);
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
