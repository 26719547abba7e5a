package nl.veiligheidshuis.selection;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The classified persons of a run: per candidate what the ranking compares (the score, the most recent antecedent as
 * an epoch day, the id's halves), in arrays, and what is stored of it, encoded at once as the fields of its row in
 * PostgreSQL's binary COPY format ({@link #COLUMNS} after the run and the rank, which only the ranking gives).
 * <p>
 * Why so: a national run has half a million candidates. As objects they all lived through the young collections
 * of the reading and were copied by each (a measured 0.3 to 0.9 s of a run in GC pauses); a few large arrays are
 * allocated outside the young generation and never copied. And encoded while the reading thread has the person at
 * hand, a row is written in one pass through memory; encoded later, in rank order, each field was a read from
 * somewhere else in memory, and encoding took the storing threads twice as long as PostgreSQL took to store.
 */
final class ScoredCandidates {

	/** The columns of a stored candidate, in the order of its COPY row: the run and rank, then the encoded fields. */
	static final String COLUMNS = """
			(run_id, rank, person_id, category, score, age, age_band, gender, municipality, antecedents, last_antecedent,
			  factors)""";
	private static final int COLUMN_COUNT = COLUMNS.split(",").length;

	private static final int FIRST_CAPACITY = 1024;
	/**
	 * Encoded fields are kept in chunks of about this many bytes (a row never spans two): no array grows beyond it,
	 * however many candidates a run has, and no chunk is copied when the next one is started.
	 */
	private static final int CHUNK_BYTES = 16 * 1024 * 1024;

	private int size;
	private double[] score;
	private int[] lastAntecedent;
	private long[] personMost;
	private long[] personLeast;
	/** Where candidate k's fields are: the chunk (high half) and the offset in it (low half). */
	private long[] fieldsAt;
	private int[] fieldsLength;
	private final List<BinaryCopyWriter> chunks;
	/** Text in UTF-8, each distinct value (a category, an age band, a gender, a municipality: few) encoded once. */
	private final Map<String, byte[]> utf8 = new HashMap<>();
	/** Whether this is the parts {@link #concat concatenated}: then nothing more is added. */
	private final boolean concatenated;

	/** The candidates of one reading thread. */
	ScoredCandidates() {
		this(FIRST_CAPACITY, new ArrayList<>(List.of(BinaryCopyWriter.inMemory(FIRST_CAPACITY * 192))), false);
	}

	private ScoredCandidates(int capacity, List<BinaryCopyWriter> chunks, boolean concatenated) {
		score = new double[capacity];
		lastAntecedent = new int[capacity];
		personMost = new long[capacity];
		personLeast = new long[capacity];
		fieldsAt = new long[capacity];
		fieldsLength = new int[capacity];
		this.chunks = chunks;
		this.concatenated = concatenated;
	}

	/**
	 * Adds a candidate: the ranking's values, and the stored ones encoded. {@code factorValues} holds the
	 * {@link Classifier#FACTORS} values of the score's factors (stored as a bytea of doubles; readers rebuild the
	 * breakdown with {@link Classifier#breakdown}); {@code age} is null when the date of birth is unknown.
	 */
	void add(double score, int lastAntecedent, long personMost, long personLeast, TargetGroup category,
			@Nullable Integer age, int antecedents, double[] factorValues, @Nullable String gender,
			@Nullable String municipality) {
		if (concatenated) {
			throw new IllegalStateException("candidates are added to the part of a reading thread");
		}
		if (size == this.score.length) {
			grow(size * 2);
		}
		if (chunks.getLast().length() >= CHUNK_BYTES) {
			chunks.add(BinaryCopyWriter.inMemory(CHUNK_BYTES + 64 * 1024));
		}
		this.score[size] = score;
		this.lastAntecedent[size] = lastAntecedent;
		this.personMost[size] = personMost;
		this.personLeast[size] = personLeast;
		BinaryCopyWriter row = chunks.getLast();
		int start = row.length();
		row.uuid(personMost, personLeast);
		text(row, category.name());
		row.float8(score);
		if (age == null) {
			row.nullValue();
		}
		else {
			row.int4(age);
		}
		text(row, AgeBand.of(age).name());
		text(row, gender);
		text(row, municipality);
		row.int4(antecedents);
		row.date(lastAntecedent);
		row.float8Bytes(factorValues, 0, Classifier.FACTORS);
		fieldsAt[size] = (long) (chunks.size() - 1) << 32 | start;
		fieldsLength[size] = row.length() - start;
		size++;
	}

	/** The candidates of all parts in one, in the parts' order (their encoded fields stay where they are). */
	static ScoredCandidates concat(List<ScoredCandidates> parts) {
		int total = parts.stream().mapToInt(ScoredCandidates::size).sum();
		ScoredCandidates all = new ScoredCandidates(Math.max(1, total), new ArrayList<>(), true);
		for (ScoredCandidates part : parts) {
			int at = all.size;
			int n = part.size;
			long firstChunk = all.chunks.size();
			all.chunks.addAll(part.chunks);
			System.arraycopy(part.score, 0, all.score, at, n);
			System.arraycopy(part.lastAntecedent, 0, all.lastAntecedent, at, n);
			System.arraycopy(part.personMost, 0, all.personMost, at, n);
			System.arraycopy(part.personLeast, 0, all.personLeast, at, n);
			System.arraycopy(part.fieldsLength, 0, all.fieldsLength, at, n);
			for (int k = 0; k < n; k++) {
				all.fieldsAt[at + k] = part.fieldsAt[k] + (firstChunk << 32);
			}
			all.size += n;
		}
		return all;
	}

	int size() {
		return size;
	}

	// The ranking's values of candidate k (what RankingUnitTest checks the order by).

	double score(int k) {
		return score[k];
	}

	int lastAntecedent(int k) {
		return lastAntecedent[k];
	}

	UUID person(int k) {
		return new UUID(personMost[k], personLeast[k]);
	}

	/** Candidate {@code k}'s row for {@link #COLUMNS}: the run, the rank, the fields encoded when it was added. */
	void writeRow(int k, UUID run, int rank, BinaryCopyWriter rows) throws SQLException {
		rows.startRow(COLUMN_COUNT);
		rows.uuid(run);
		rows.int4(rank);
		rows.encoded(chunks.get((int) (fieldsAt[k] >>> 32)), (int) fieldsAt[k], fieldsLength[k]);
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
	 * and the longs are sorted as numbers; only candidates equal in both are then ordered by id. The score gets the
	 * bits the position leaves: up to 2^(47 - bits of the number of candidates) cents, about 2.7 million points for half
	 * a million candidates. When a value does not fit (a higher score, a negative one or NaN, a date outside
	 * 1790-2149) they are compared one by one.
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

	/** Text in UTF-8; null is NULL, an empty string stays empty. */
	private void text(BinaryCopyWriter row, @Nullable String value) {
		if (value == null) {
			row.nullValue();
		}
		else {
			row.utf8(utf8.computeIfAbsent(value, v -> v.getBytes(StandardCharsets.UTF_8)));
		}
	}

	private void grow(int capacity) {
		score = Arrays.copyOf(score, capacity);
		lastAntecedent = Arrays.copyOf(lastAntecedent, capacity);
		personMost = Arrays.copyOf(personMost, capacity);
		personLeast = Arrays.copyOf(personLeast, capacity);
		fieldsAt = Arrays.copyOf(fieldsAt, capacity);
		fieldsLength = Arrays.copyOf(fieldsLength, capacity);
	}
}
