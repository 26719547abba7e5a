package nl.veiligheidshuis.selection;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The classified persons of a run, column by column: per candidate the score, the most recent antecedent (an epoch
 * day) and the id's halves, which the ranking compares, then what is stored of them, the factors' values among
 * them (what a run keeps of the breakdown; {@link Classifier#breakdown} rebuilds it).
 * <p>
 * Arrays rather than an object per candidate: a national run has half a million, and as objects they all lived
 * through the young collections of the reading and were copied by each (a measured 0.3 to 0.9 s of the run in GC
 * pauses). A few large arrays are allocated outside the young generation and never copied.
 */
final class ScoredCandidates {

	/** The age of a person whose date of birth is unknown. */
	static final int NO_AGE = Integer.MIN_VALUE;

	private static final TargetGroup[] GROUPS = TargetGroup.values();
	private static final int FIRST_CAPACITY = 1024;

	private final int factorCount;
	private int size;
	private double[] score;
	private int[] lastAntecedent;
	private long[] personMost;
	private long[] personLeast;
	private byte[] category;
	private int[] age;
	private int[] antecedents;
	private double[] factors;
	private @Nullable String[] gender;
	private @Nullable String[] municipality;

	ScoredCandidates(int factorCount) {
		this(factorCount, FIRST_CAPACITY);
	}

	private ScoredCandidates(int factorCount, int capacity) {
		this.factorCount = factorCount;
		score = new double[capacity];
		lastAntecedent = new int[capacity];
		personMost = new long[capacity];
		personLeast = new long[capacity];
		category = new byte[capacity];
		age = new int[capacity];
		antecedents = new int[capacity];
		factors = new double[capacity * factorCount];
		gender = new String[capacity];
		municipality = new String[capacity];
	}

	/** Adds a candidate; {@code factorValues} holds {@link #factorCount} values from {@code from}, copied. */
	void add(double score, int lastAntecedent, long personMost, long personLeast, TargetGroup category, int age,
			int antecedents, double[] factorValues, int from, @Nullable String gender, @Nullable String municipality) {
		if (size == this.score.length) {
			grow(size * 2);
		}
		this.score[size] = score;
		this.lastAntecedent[size] = lastAntecedent;
		this.personMost[size] = personMost;
		this.personLeast[size] = personLeast;
		this.category[size] = (byte) category.ordinal();
		this.age[size] = age;
		this.antecedents[size] = antecedents;
		System.arraycopy(factorValues, from, factors, size * factorCount, factorCount);
		this.gender[size] = gender;
		this.municipality[size] = municipality;
		size++;
	}

	/** The candidates of all parts in one, in the parts' order. */
	static ScoredCandidates concat(List<ScoredCandidates> parts, int factorCount) {
		int total = parts.stream().mapToInt(ScoredCandidates::size).sum();
		ScoredCandidates all = new ScoredCandidates(factorCount, Math.max(1, total));
		for (ScoredCandidates part : parts) {
			int at = all.size;
			int n = part.size;
			System.arraycopy(part.score, 0, all.score, at, n);
			System.arraycopy(part.lastAntecedent, 0, all.lastAntecedent, at, n);
			System.arraycopy(part.personMost, 0, all.personMost, at, n);
			System.arraycopy(part.personLeast, 0, all.personLeast, at, n);
			System.arraycopy(part.category, 0, all.category, at, n);
			System.arraycopy(part.age, 0, all.age, at, n);
			System.arraycopy(part.antecedents, 0, all.antecedents, at, n);
			System.arraycopy(part.factors, 0, all.factors, at * factorCount, n * factorCount);
			System.arraycopy(part.gender, 0, all.gender, at, n);
			System.arraycopy(part.municipality, 0, all.municipality, at, n);
			all.size += n;
		}
		return all;
	}

	int size() {
		return size;
	}

	double score(int k) {
		return score[k];
	}

	int lastAntecedent(int k) {
		return lastAntecedent[k];
	}

	UUID person(int k) {
		return new UUID(personMost[k], personLeast[k]);
	}

	TargetGroup category(int k) {
		return GROUPS[category[k]];
	}

	/** The age on the reference date, or {@link #NO_AGE}. */
	int age(int k) {
		return age[k];
	}

	int antecedents(int k) {
		return antecedents[k];
	}

	/** The factors' values of candidate {@code k}, a copy. */
	double[] factors(int k) {
		return Arrays.copyOfRange(factors, k * factorCount, (k + 1) * factorCount);
	}

	/** Candidate {@code k}'s id and factors' values in a binary COPY row (no objects for half a million rows). */
	void writePerson(int k, BinaryCopyWriter rows) {
		rows.uuid(personMost[k], personLeast[k]);
	}

	void writeFactors(int k, BinaryCopyWriter rows) {
		rows.float8Bytes(factors, k * factorCount, factorCount);
	}

	@Nullable String gender(int k) {
		return gender[k];
	}

	@Nullable String municipality(int k) {
		return municipality[k];
	}

	/**
	 * The ranking rule: the highest score first, then the most recent antecedent, then the person's id (its halves
	 * compared signed, as {@link UUID#compareTo} does).
	 */
	int compare(int a, int b) {
		int byScore = Double.compare(score[b], score[a]);
		if (byScore != 0) {
			return byScore;
		}
		int byLast = Integer.compare(lastAntecedent[b], lastAntecedent[a]);
		if (byLast != 0) {
			return byLast;
		}
		int byMost = Long.compare(personMost[a], personMost[b]);
		return byMost != 0 ? byMost : Long.compare(personLeast[a], personLeast[b]);
	}

	/** Bits of a ranking key for the most recent antecedent: epoch days from 1790 to 2149. */
	private static final int DAY_BITS = 17;
	private static final long DAY_OFFSET = 1L << (DAY_BITS - 1);

	/**
	 * The candidates' positions in ranking order ({@link #compare}). Compared one by one, half a million take about
	 * half a second; so each gets one long: score in cents and last antecedent, both descending, then its position,
	 * and the longs are sorted as numbers; only candidates equal in both are then ordered by id. When a value does not
	 * fit its bits (a score above about 1.3 million points, a negative one or NaN, a date outside 1790-2149, more
	 * than 2^20 candidates would leave 2^27 cents) they are compared one by one.
	 */
	int[] ranking() {
		int n = size;
		int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
		int centBits = 64 - DAY_BITS - indexBits;
		long[] keys = new long[n];
		for (int k = 0; k < n; k++) {
			long cents = Math.round(score[k] * 100);
			long day = lastAntecedent[k] + DAY_OFFSET;
			if (centBits < 1 || Double.isNaN(score[k]) || cents < 0 || cents >= 1L << centBits || day < 0
					|| day >= 1L << DAY_BITS) {
				return sortedOneByOne(0, n, null);
			}
			long primary = ((1L << centBits) - 1 - cents) << DAY_BITS | ((1L << DAY_BITS) - 1 - day);
			// The top bit flipped: Java compares longs signed, the keys are meant unsigned.
			keys[k] = (primary << indexBits | k) ^ Long.MIN_VALUE;
		}
		Arrays.parallelSort(keys);
		int[] order = new int[n];
		long indexMask = (1L << indexBits) - 1;
		for (int k = 0; k < n; k++) {
			order[k] = (int) (keys[k] & indexMask);
		}
		int from = 0;
		for (int k = 1; k <= n; k++) {
			if (k == n || keys[k] >>> indexBits != keys[from] >>> indexBits) {
				if (k - from > 1) {
					sortedOneByOne(from, k, order);
				}
				from = k;
			}
		}
		return order;
	}

	/** Positions {@code from} to {@code to} of {@code order} (all positions when null) sorted by {@link #compare}. */
	private int[] sortedOneByOne(int from, int to, int @Nullable [] order) {
		Integer[] boxed = new Integer[to - from];
		for (int k = 0; k < boxed.length; k++) {
			boxed[k] = order == null ? from + k : order[from + k];
		}
		Arrays.sort(boxed, this::compare);
		int[] sorted = order == null ? new int[to - from] : order;
		for (int k = 0; k < boxed.length; k++) {
			sorted[(order == null ? 0 : from) + k] = boxed[k];
		}
		return sorted;
	}

	private void grow(int capacity) {
		score = Arrays.copyOf(score, capacity);
		lastAntecedent = Arrays.copyOf(lastAntecedent, capacity);
		personMost = Arrays.copyOf(personMost, capacity);
		personLeast = Arrays.copyOf(personLeast, capacity);
		category = Arrays.copyOf(category, capacity);
		age = Arrays.copyOf(age, capacity);
		antecedents = Arrays.copyOf(antecedents, capacity);
		factors = Arrays.copyOf(factors, capacity * factorCount);
		gender = Arrays.copyOf(gender, capacity);
		municipality = Arrays.copyOf(municipality, capacity);
	}
}
