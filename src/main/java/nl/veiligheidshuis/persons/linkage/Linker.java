package nl.veiligheidshuis.persons.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Identity resolution of person records: deduplicates one list or links two. Candidate pairs come from
 * the {@link Blocking} rules; each is compared field by field ({@link Comparisons}) and scored with the
 * Fellegi–Sunter model, estimated from the data or configured. Pairs with the same valid BSN always
 * match. Work is spread over all processor cores; the result does not depend on their number.
 */
public final class Linker {

	private static final int CHUNK = 256;
	private static final int RANDOM_PAIRS = 300_000;
	private static final int EM_RECORDS = 5_000;
	private static final int EM_ITERATIONS = 40;

	private final LinkageSettings settings;
	private final FellegiSunterModel configured;

	public Linker(LinkageSettings settings) {
		this(settings, FellegiSunterModel.defaults());
	}

	/** With the given model as configured weights (without estimation) or as the starting point of EM. */
	public Linker(LinkageSettings settings, FellegiSunterModel model) {
		this.settings = settings;
		this.configured = model;
	}

	/** All pairs of records in one list that may be the same person. */
	public LinkageResult deduplicate(List<PersonRecord> records) {
		PreparedRecords prepared = new PreparedRecords(records);
		frequencies(prepared, null);
		return run(prepared, prepared, true, LevelCaches.encode(prepared, null));
	}

	/** All pairs of a left and a right record that may be the same person. */
	public LinkageResult link(List<PersonRecord> left, List<PersonRecord> right) {
		PreparedRecords a = new PreparedRecords(left);
		PreparedRecords b = new PreparedRecords(right);
		frequencies(a, b);
		return run(a, b, false, LevelCaches.encode(a, b));
	}

	/**
	 * How common a name is in the whole population the right-hand records were drawn from: for linking
	 * one incoming record against the few candidates of a registry, where frequencies within the run would
	 * make every shared surname look common. Keys are the engine's normalised forms (surname proper without
	 * spaces, first given name).
	 */
	public interface NameFrequencies {

		float surname(String normalisedSurname);

		float givenName(String normalisedFirstGivenName);
	}

	/** Links with name frequencies of the registry instead of those of the run. */
	public LinkageResult link(List<PersonRecord> left, List<PersonRecord> right, NameFrequencies frequencies) {
		PreparedRecords a = new PreparedRecords(left);
		PreparedRecords b = new PreparedRecords(right);
		for (PreparedRecords records : List.of(a, b)) {
			for (int i = 0; i < records.size; i++) {
				records.surnameFrequency[i] = frequencies.surname(records.surname[i]);
				records.givenFrequency[i] = frequencies.givenName(records.given[i]);
			}
		}
		return run(a, b, false, LevelCaches.encode(a, b));
	}

	private LinkageResult run(PreparedRecords a, PreparedRecords b, boolean deduplicate, LevelCaches caches) {
		Blocking blocking = new Blocking(b.size);
		long[][] keysA = blocking.keys(a);
		long[][] keysB = deduplicate ? keysA : blocking.keys(b);
		long[][] index = new long[Blocking.RULES][];
		for (int rule = 0; rule < Blocking.RULES; rule++) {
			index[rule] = blocking.index(keysB[rule]);
		}
		Candidates candidates = new Candidates(blocking, keysA, keysB, index, deduplicate, settings.maxBlockSize());
		FellegiSunterModel model = copy(configured);
		if (settings.estimateWeights()) {
			model.estimateU(randomPairLevels(a, b, deduplicate, caches));
			estimateM(model, a, b, candidates, caches, deduplicate);
		}
		long start = System.nanoTime();
		int chunks = (a.size + CHUNK - 1) / CHUNK;
		List<Scored> scored = IntStream.range(0, chunks)
			.parallel()
			.mapToObj(chunk -> score(model, a, b, caches, candidates, chunk * CHUNK, Math.min(a.size, (chunk + 1) * CHUNK)))
			.toList();
		long nanos = System.nanoTime() - start;
		List<ScoredPair> pairs = new ArrayList<>();
		long candidatePairs = 0;
		for (Scored part : scored) {
			candidatePairs += part.candidates;
			for (int k = 0; k < part.size; k++) {
				pairs.add(new ScoredPair(part.left[k], part.right[k], part.probability[k],
						LinkageDecision.values()[part.decision[k]]));
			}
		}
		return new LinkageResult(pairs, candidatePairs, model, nanos);
	}

	private Scored score(FellegiSunterModel model, PreparedRecords a, PreparedRecords b, LevelCaches caches,
			Candidates candidates,
			int from, int to) {
		double upper = logOdds(settings.upperThreshold());
		double lower = logOdds(settings.lowerThreshold());
		boolean keepAll = settings.keepNonMatches();
		boolean hold = settings.holdDifferentGivenNames();
		Scored scored = new Scored();
		double[][] weights = model.weights;
		candidates.forEach(from, to, (i, j) -> {
			scored.candidates++;
			long pattern = Comparisons.compare(a, i, b, j, caches);
			double weight = model.priorLogOdds;
			for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
				int level = Comparisons.levelOf(pattern, field);
				if (FellegiSunterModel.isExactName(field, level)) {
					weight += model.frequencyAdjustedWeight(field,
							field == FellegiSunterModel.SURNAME ? a.surnameFrequency[i] : a.givenFrequency[i]);
				}
				else {
					weight += weights[field][level];
				}
			}
			boolean sameValidBsn = Comparisons.levelOf(pattern, FellegiSunterModel.BSN) == 3;
			int decision = sameValidBsn || weight >= upper ? 0 : weight >= lower ? 1 : 2;
			if (decision == 0 && hold && !sameValidBsn && differentGivenNameWithoutNumber(pattern)) {
				decision = 1; // twins and siblings share everything but the given name: a person decides
			}
			if (decision < 2 || keepAll) {
				scored.add(i, j, FellegiSunterModel.probability(weight), decision);
			}
		});
		return scored;
	}

	/**
	 * m by expectation–maximisation in sessions, one per blocking rule (as Splink does): the pairs that
	 * share one rule's key, with the fields of that key (and those that follow from it) left out, as
	 * every pair in the session agrees on them whether it matches or not. Each field's m is the mean over
	 * the sessions that could estimate it; λ is then estimated over all candidate pairs with m and u fixed.
	 */
	/**
	 * Given names that clearly differ (not initials, not a typing error) while no BSN or other personal
	 * number agrees: such a pair is never linked automatically, whatever the other fields say.
	 */
	static boolean differentGivenNameWithoutNumber(long pattern) {
		return Comparisons.levelOf(pattern, FellegiSunterModel.GIVEN_NAME) == 1
				&& Comparisons.levelOf(pattern, FellegiSunterModel.BSN) < 2
				&& Comparisons.levelOf(pattern, FellegiSunterModel.IDENTIFIER) < 3;
	}

	private void estimateM(FellegiSunterModel model, PreparedRecords a, PreparedRecords b, Candidates candidates,
			LevelCaches caches, boolean deduplicate) {
		int stride = Math.max(1, a.size / EM_RECORDS);
		double[][] sum = new double[FellegiSunterModel.FIELDS][];
		int[] sessions = new int[FellegiSunterModel.FIELDS];
		for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
			sum[field] = new double[FellegiSunterModel.LEVELS[field]];
		}
		for (Map.Entry<Blocking.Rule, long[]> session : EM_SESSIONS.entrySet()) {
			long mask = ~0L;
			for (long field : session.getValue()) {
				mask &= ~(7L << (3 * field));
			}
			long keep = mask;
			int rule = session.getKey().ordinal();
			PatternCounts counts = countPatterns(a, stride,
					(i, consumer) -> candidates.forEachInRule(rule, i, consumer),
					(i, j) -> Comparisons.compare(a, i, b, j, caches) & keep);
			FellegiSunterModel estimated = copy(model);
			if (estimated.estimate(counts.patterns(), counts.counts(), EM_ITERATIONS)) {
				for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
					if (estimated.estimatedFields[field]) {
						sessions[field]++;
						for (int level = 1; level < FellegiSunterModel.LEVELS[field]; level++) {
							sum[field][level] += estimated.m[field][level];
						}
					}
				}
			}
		}
		for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
			if (sessions[field] > 0) {
				for (int level = 1; level < FellegiSunterModel.LEVELS[field]; level++) {
					model.m[field][level] = sum[field][level] / sessions[field];
				}
			}
		}
		PatternCounts all = countPatterns(a, stride, (i, consumer) -> candidates.forEach(i, i + 1, consumer),
				(i, j) -> Comparisons.compare(a, i, b, j, caches));
		model.estimateLambda(all.patterns(), all.counts(), EM_ITERATIONS);
		// λ is the share of matches among candidate pairs; every field's weight counts again, the
		// blocking fields included, so the prior must be that of a random pair.
		double candidatePairs = 0;
		for (long count : all.counts()) {
			candidatePairs += count;
		}
		candidatePairs *= stride;
		double allPairs = deduplicate ? a.size * (a.size - 1.0) / 2 : (double) a.size * b.size;
		if (candidatePairs > 0 && allPairs > 0) {
			model.useLambda(Math.min(model.lambda * candidatePairs / allPairs, 0.5));
		}
	}

	/** Fields left out of each EM session: those its blocking key fixes, or that follow from it. */
	private static final Map<Blocking.Rule, long[]> EM_SESSIONS = new java.util.LinkedHashMap<>();

	static {
		EM_SESSIONS.put(Blocking.Rule.DATE_OF_BIRTH, new long[] { FellegiSunterModel.DATE_OF_BIRTH });
		EM_SESSIONS.put(Blocking.Rule.POSTAL_CODE, new long[] { FellegiSunterModel.POSTAL_CODE,
				FellegiSunterModel.STREET, FellegiSunterModel.CITY });
		EM_SESSIONS.put(Blocking.Rule.GIVEN_AND_SURNAME_PHONETIC,
				new long[] { FellegiSunterModel.GIVEN_NAME, FellegiSunterModel.SURNAME, FellegiSunterModel.GENDER });
		EM_SESSIONS.put(Blocking.Rule.SURNAME_PHONETIC_AND_BIRTH_YEAR,
				new long[] { FellegiSunterModel.SURNAME, FellegiSunterModel.DATE_OF_BIRTH });
	}

	interface PairSource {
		void pairsOf(int left, PairConsumer consumer);
	}

	interface PairComparison {
		long compare(int left, int right);
	}

	private static PatternCounts countPatterns(PreparedRecords a, int stride, PairSource source,
			PairComparison comparison) {
		int chunks = (a.size + CHUNK - 1) / CHUNK;
		List<PatternCounts> parts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
			PatternCounts counts = new PatternCounts();
			int to = Math.min(a.size, (chunk + 1) * CHUNK);
			for (int i = chunk * CHUNK; i < to; i++) {
				if (i % stride == 0) {
					source.pairsOf(i, (x, y) -> counts.add(comparison.compare(x, y)));
				}
			}
			return counts;
		}).toList();
		PatternCounts all = new PatternCounts();
		for (PatternCounts part : parts) {
			part.forEach(all::add);
		}
		return all;
	}

	/** Level counts per field of random pairs: the u probabilities, as nearly every random pair is a non-match. */
	private static long[][] randomPairLevels(PreparedRecords a, PreparedRecords b, boolean deduplicate,
			LevelCaches caches) {
		long[][] counts = new long[FellegiSunterModel.FIELDS][];
		for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
			counts[field] = new long[FellegiSunterModel.LEVELS[field]];
		}
		if (a.size == 0 || b.size == 0 || (deduplicate && a.size < 2)) {
			return counts;
		}
		SplittableRandom random = new SplittableRandom(20261128L);
		for (int k = 0; k < RANDOM_PAIRS; k++) {
			int i = random.nextInt(a.size);
			int j = random.nextInt(b.size);
			if (deduplicate && i == j) {
				continue;
			}
			long pattern = Comparisons.compare(a, i, b, j, caches);
			for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
				counts[field][Comparisons.levelOf(pattern, field)]++;
			}
		}
		return counts;
	}

	/** How common each surname and first given name is among all records of the run. */
	private static void frequencies(PreparedRecords a, PreparedRecords b) {
		Map<String, Integer> surnames = new HashMap<>();
		Map<String, Integer> givenNames = new HashMap<>();
		int total = count(a, surnames, givenNames) + (b == null ? 0 : count(b, surnames, givenNames));
		assign(a, surnames, givenNames, total);
		if (b != null) {
			assign(b, surnames, givenNames, total);
		}
	}

	private static int count(PreparedRecords records, Map<String, Integer> surnames, Map<String, Integer> givenNames) {
		for (int i = 0; i < records.size; i++) {
			surnames.merge(records.surname[i], 1, Integer::sum);
			givenNames.merge(records.given[i], 1, Integer::sum);
		}
		return records.size;
	}

	private static void assign(PreparedRecords records, Map<String, Integer> surnames, Map<String, Integer> givenNames,
			int total) {
		for (int i = 0; i < records.size; i++) {
			records.surnameFrequency[i] = (float) surnames.get(records.surname[i]) / total;
			records.givenFrequency[i] = (float) givenNames.get(records.given[i]) / total;
		}
	}

	private static double logOdds(double probability) {
		if (probability >= 1) {
			return Double.POSITIVE_INFINITY;
		}
		if (probability <= 0) {
			return Double.NEGATIVE_INFINITY;
		}
		return Math.log(probability / (1 - probability)) / Math.log(2);
	}

	private static FellegiSunterModel copy(FellegiSunterModel model) {
		double[][] m = new double[FellegiSunterModel.FIELDS][];
		double[][] u = new double[FellegiSunterModel.FIELDS][];
		for (int field = 0; field < FellegiSunterModel.FIELDS; field++) {
			m[field] = model.m[field].clone();
			u[field] = model.u[field].clone();
		}
		return new FellegiSunterModel(m, u, model.lambda);
	}

	@FunctionalInterface
	interface PairConsumer {
		void accept(int left, int right);
	}

	/** Enumerates each candidate pair once, over all blocking rules. */
	static final class Candidates {

		private final Blocking blocking;
		private final long[][] keysA;
		private final long[][] index;
		private final boolean deduplicate;
		private final int maxBlockSize;
		/** keysB row by row (all rules of a record side by side): one cache line per pair checked. */
		private final long[] rowsB;

		Candidates(Blocking blocking, long[][] keysA, long[][] keysB, long[][] index, boolean deduplicate,
				int maxBlockSize) {
			this.blocking = blocking;
			this.keysA = keysA;
			int size = keysB[0].length;
			rowsB = new long[size * Blocking.RULES];
			for (int rule = 0; rule < Blocking.RULES; rule++) {
				for (int j = 0; j < size; j++) {
					rowsB[j * Blocking.RULES + rule] = keysB[rule][j];
				}
			}
			this.index = index;
			this.deduplicate = deduplicate;
			this.maxBlockSize = maxBlockSize;
		}

		/** The pairs that share this rule's key, whether or not an earlier rule found them too. */
		void forEachInRule(int rule, int i, PairConsumer consumer) {
			long key = keysA[rule][i];
			if (key == 0) {
				return;
			}
			long[] ruleIndex = index[rule];
			int first = blocking.first(ruleIndex, key);
			if (first < 0) {
				return;
			}
			int end = blocking.end(ruleIndex, first, key);
			if (end - first > maxBlockSize) {
				return;
			}
			for (int p = first; p < end; p++) {
				int j = blocking.record(ruleIndex[p]);
				if (!deduplicate || j > i) {
					consumer.accept(i, j);
				}
			}
		}

		void forEach(int from, int to, PairConsumer consumer) {
			boolean[] usable = new boolean[Blocking.RULES];
			for (int i = from; i < to; i++) {
				for (int rule = 0; rule < Blocking.RULES; rule++) {
					usable[rule] = false;
					long key = keysA[rule][i];
					if (key == 0) {
						continue;
					}
					long[] ruleIndex = index[rule];
					int first = blocking.first(ruleIndex, key);
					if (first < 0) {
						continue;
					}
					int end = blocking.end(ruleIndex, first, key);
					if (end - first > maxBlockSize) {
						continue;
					}
					usable[rule] = true;
					pairs: for (int p = first; p < end; p++) {
						int j = blocking.record(ruleIndex[p]);
						if (deduplicate && j <= i) {
							continue;
						}
						for (int earlier = 0; earlier < rule; earlier++) {
							if (usable[earlier] && keysA[earlier][i] == rowsB[j * Blocking.RULES + earlier]) {
								continue pairs;
							}
						}
						consumer.accept(i, j);
					}
				}
			}
		}
	}

	/** The kept pairs of one chunk, in primitive arrays. */
	private static final class Scored {

		long candidates;
		int size;
		int[] left = new int[64];
		int[] right = new int[64];
		double[] probability = new double[64];
		byte[] decision = new byte[64];

		void add(int i, int j, double p, int d) {
			if (size == left.length) {
				left = Arrays.copyOf(left, size * 2);
				right = Arrays.copyOf(right, size * 2);
				probability = Arrays.copyOf(probability, size * 2);
				decision = Arrays.copyOf(decision, size * 2);
			}
			left[size] = i;
			right[size] = j;
			probability[size] = p;
			decision[size] = (byte) d;
			size++;
		}
	}

	/** Distinct comparison vectors and their counts: an open-addressing long→long map. */
	private static final class PatternCounts {

		private long[] keys = new long[1024];
		private long[] values = new long[1024];
		private boolean[] used = new boolean[1024];
		private int size;

		void add(long pattern) {
			add(pattern, 1);
		}

		void add(long pattern, long count) {
			if (size * 2 >= keys.length) {
				grow();
			}
			int slot = slot(pattern, keys.length);
			while (used[slot] && keys[slot] != pattern) {
				slot = (slot + 1) & (keys.length - 1);
			}
			if (!used[slot]) {
				used[slot] = true;
				keys[slot] = pattern;
				size++;
			}
			values[slot] += count;
		}

		void forEach(java.util.function.ObjLongConsumer<Long> consumer) {
			for (int slot = 0; slot < keys.length; slot++) {
				if (used[slot]) {
					consumer.accept(keys[slot], values[slot]);
				}
			}
		}

		void add(Long pattern, long count) {
			add(pattern.longValue(), count);
		}

		long[] patterns() {
			long[] out = new long[size];
			int n = 0;
			for (int slot = 0; slot < keys.length; slot++) {
				if (used[slot]) {
					out[n++] = keys[slot];
				}
			}
			return out;
		}

		long[] counts() {
			long[] out = new long[size];
			int n = 0;
			for (int slot = 0; slot < keys.length; slot++) {
				if (used[slot]) {
					out[n++] = values[slot];
				}
			}
			return out;
		}

		private void grow() {
			long[] oldKeys = keys;
			long[] oldValues = values;
			boolean[] oldUsed = used;
			keys = new long[oldKeys.length * 2];
			values = new long[oldKeys.length * 2];
			used = new boolean[oldKeys.length * 2];
			size = 0;
			for (int slot = 0; slot < oldKeys.length; slot++) {
				if (oldUsed[slot]) {
					add(oldKeys[slot], oldValues[slot]);
				}
			}
		}

		private static int slot(long pattern, int length) {
			long h = pattern * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 40) & (length - 1);
		}
	}
}
