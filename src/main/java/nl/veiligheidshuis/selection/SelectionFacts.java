package nl.veiligheidshuis.selection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.platform.BinaryCopyReader;
import nl.veiligheidshuis.platform.SnapshotReads;

/**
 * What a selection run needs of every person with antecedents, kept ahead of the runs in
 * {@code selection_person_facts} (V144, V146): the key facts and all resolved antecedents of a person in one bytea
 * ({@link Decoder} reads it), each antecedent four bytes (a big-endian int: registration date as epoch day × 16 +
 * {@link OffenceCategory} ordinal). Derived data:
 * triggers note the persons whose antecedents or key facts changed, {@link #refresh} recomputes them from
 * {@code selection_person_facts_source} (in the background, and before every run), and {@link #read} reads the
 * persons noted since then from the source itself, so a run sees exactly its snapshot.
 */
@Service
class SelectionFacts {

	private static final Logger log = LoggerFactory.getLogger(SelectionFacts.class);
	static final int CATEGORY_BITS = 4;
	static final int CATEGORY_MASK = (1 << CATEGORY_BITS) - 1;
	/** Noted persons recomputed per transaction. */
	private static final int BATCH = 10_000;
	private static final String COLUMNS = "person_id, facts";

	/** A date of birth not known. */
	static final int NO_DATE = Integer.MIN_VALUE;

	/** One person's facts: id as its two halves, date of birth as epoch day (or {@link #NO_DATE}), antecedents packed. */
	@FunctionalInterface
	interface PersonFactsConsumer {

		void accept(long personMost, long personLeast, int dateOfBirth, @Nullable String gender,
				@Nullable String city, int[] antecedents, int count);
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate separateTransaction;
	private final boolean refreshInBackground;

	SelectionFacts(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${vh.selection.facts-refresh.enabled:true}") boolean refreshInBackground) {
		this.refreshInBackground = refreshInBackground;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	static int epochDay(int packed) {
		return packed >> CATEGORY_BITS;
	}

	static int category(int packed) {
		return packed & CATEGORY_MASK;
	}

	/** Recomputes, in the background, the facts of the persons noted as changed (when no other node does). */
	@Scheduled(fixedDelayString = "${vh.selection.facts-refresh.interval:60s}",
			initialDelayString = "${vh.selection.facts-refresh.interval:60s}")
	void refreshInBackground() {
		if (!refreshInBackground) {
			return;
		}
		int refreshed = refreshBatches(false, Long.MAX_VALUE);
		if (refreshed > 0) {
			log.info("Selectiegegevens bijgewerkt van {} gewijzigde personen", refreshed);
		}
	}

	/**
	 * Recomputes the facts of every person noted as changed up to now (not those noted meanwhile: under a steady
	 * stream of resolution a run would never start; it reads those from the source), waiting for a refresh in
	 * progress; returns how many.
	 */
	int refresh() {
		Long last = jdbc.sql("SELECT max(id) FROM selection_facts_change").query(Long.class).optional().orElse(null);
		if (last == null) {
			return 0;
		}
		return refreshBatches(true, last);
	}

	/** Batches until none is left; returns the persons recomputed. */
	private int refreshBatches(boolean wait, long upTo) {
		int refreshed = 0;
		int batch;
		while ((batch = refreshBatch(wait, upTo)) > 0) {
			refreshed += batch;
		}
		return refreshed;
	}

	/** One batch of noted persons, in a transaction of its own; 0 when none is left (or, not waiting, another node is busy). */
	private int refreshBatch(boolean wait, long upTo) {
		Integer refreshed = separateTransaction.execute(status -> {
			if (wait) {
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('selection.facts'))").query((rs, n) -> 0).list();
			}
			else if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('selection.facts'))")
				.query(Boolean.class).single())) {
				return 0;
			}
			List<UUID> noted = jdbc.sql("""
					DELETE FROM selection_facts_change
					WHERE id IN (SELECT id FROM selection_facts_change WHERE id <= :upTo ORDER BY id LIMIT :batch)
					RETURNING person_id""")
				.param("upTo", upTo).param("batch", BATCH).query(UUID.class).list();
			if (noted.isEmpty()) {
				return 0;
			}
			// Recomputed after the notes were taken (read committed: a later statement sees later commits), so a
			// change committed in between is in the facts, and its note, if not taken, brings it back once more.
			UUID[] persons = new LinkedHashSet<>(noted).toArray(UUID[]::new);
			jdbc.sql("DELETE FROM selection_person_facts WHERE person_id = ANY(:persons)").param("persons", persons).update();
			jdbc.sql("INSERT INTO selection_person_facts (" + COLUMNS + ") SELECT " + COLUMNS
					+ " FROM selection_person_facts_source WHERE person_id = ANY(:persons)").param("persons", persons).update();
			return persons.length;
		});
		return refreshed == null ? 0 : refreshed;
	}

	/**
	 * Reads every person's facts as they are in the caller's transaction's snapshot: the stored facts in
	 * {@code parts} ranges of the table's pages, each on a connection and thread of its own, and the persons noted
	 * as changed but not yet recomputed from the source (in the caller's thread, to part 0's consumer first). Every
	 * person comes once, to one consumer. Call {@link #refresh} before, outside that transaction, to keep the
	 * latter few.
	 */
	void read(int parts, IntFunction<PersonFactsConsumer> consumers) {
		SnapshotReads snapshot = SnapshotReads.export(jdbc, dataSource);
		List<PersonFactsConsumer> perPart = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			perPart.add(consumers.apply(part));
		}
		// Normally nobody is noted (refreshed just before, in the background otherwise); then the stored facts are all.
		// The noted ones by id: a condition on the grouped column reaches into the view (its person index), a join
		// would make PostgreSQL aggregate the whole source.
		boolean[] noted = { false };
		snapshot.inSnapshot(connection -> {
			List<UUID> persons = new ArrayList<>();
			try (var statement = connection.createStatement();
					var result = statement.executeQuery("SELECT DISTINCT person_id FROM selection_facts_change")) {
				while (result.next()) {
					persons.add(result.getObject(1, UUID.class));
				}
			}
			noted[0] = !persons.isEmpty();
			if (noted[0]) {
				// COPY takes no parameters; ids read back as UUIDs are safe literals.
				SnapshotReads.copy(connection, "COPY (SELECT facts FROM selection_person_facts_source"
						+ " WHERE person_id = ANY('{" + String.join(",", persons.stream().map(UUID::toString).toList())
						+ "}'::uuid[])) TO STDOUT (FORMAT binary)", rows -> readRows(rows, perPart.get(0)));
			}
		});
		// The table's pages split evenly (a TID range scan each); rows of a later snapshot may lie beyond the last
		// bound, so the last range has none. Measured after the export: every row the snapshot sees lies in a page
		// that existed then.
		long pages = jdbc.sql("SELECT pg_relation_size('selection_person_facts') / current_setting('block_size')::int")
			.query(Long.class).single();
		List<String> copies = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			long from = pages * part / parts;
			long to = pages * (part + 1) / parts;
			copies.add("COPY (SELECT facts FROM selection_person_facts f WHERE"
					+ (part == 0 ? " true" : " ctid >= '(" + from + ",0)'::tid")
					+ (part == parts - 1 ? "" : " AND ctid < '(" + to + ",0)'::tid")
					+ (noted[0] ? " AND NOT EXISTS (SELECT 1 FROM selection_facts_change c WHERE c.person_id = f.person_id)" : "")
					+ ") TO STDOUT (FORMAT binary)");
		}
		snapshot.copyInParallel(copies, part -> rows -> readRows(rows, perPart.get(part)));
	}

	private static void readRows(BinaryCopyReader rows, PersonFactsConsumer consumer) throws IOException {
		Decoder decoder = new Decoder();
		while (rows.startRow() >= 0) {
			int length = rows.fieldLength();
			if (length < 0) {
				throw new IllegalStateException("selection facts without a value (V146 writes one for every person)");
			}
			rows.require(length);
			decoder.decode(rows.buffer(), rows.position(), length, consumer);
			rows.skip(length);
		}
	}

	/**
	 * Reads a person's facts as V146 lays them out: id, date of birth, gender, city, antecedents. One per reading
	 * thread: it reuses its antecedent array and decodes each distinct gender and city once (a million persons would
	 * otherwise make two million strings).
	 */
	static final class Decoder {

		private int[] antecedents = new int[64];
		private byte[][] texts = new byte[256][];
		private String[] decoded = new String[256];
		private int distinct;

		void decode(byte[] bytes, int from, int length, PersonFactsConsumer consumer) {
			int at = from;
			long most = BinaryCopyReader.longAt(bytes, at);
			long least = BinaryCopyReader.longAt(bytes, at + 8);
			int dateOfBirth = BinaryCopyReader.intAt(bytes, at + 16); // NO_DATE (int's minimum) when unknown, as V146 writes it
			at += 20;
			int genderLength = BinaryCopyReader.intAt(bytes, at);
			String gender = genderLength < 0 ? null : text(bytes, at + 4, genderLength);
			at += 4 + Math.max(0, genderLength);
			int cityLength = BinaryCopyReader.intAt(bytes, at);
			String city = cityLength < 0 ? null : text(bytes, at + 4, cityLength);
			at += 4 + Math.max(0, cityLength);
			int count = (from + length - at) / 4;
			if (count > antecedents.length) {
				antecedents = new int[Math.max(count, antecedents.length * 2)];
			}
			for (int k = 0; k < count; k++, at += 4) {
				antecedents[k] = BinaryCopyReader.intAt(bytes, at);
			}
			consumer.accept(most, least, dateOfBirth, gender, city, antecedents, count);
		}

		/** The text of these UTF-8 bytes, decoded once per distinct value (open addressing on the bytes). */
		private String text(byte[] bytes, int from, int length) {
			int mask = texts.length - 1;
			for (int slot = hash(bytes, from, length) & mask;; slot = (slot + 1) & mask) {
				byte[] known = texts[slot];
				if (known == null) {
					if (2 * (distinct + 1) > texts.length) {
						grow();
						return text(bytes, from, length);
					}
					texts[slot] = Arrays.copyOfRange(bytes, from, from + length);
					decoded[slot] = new String(texts[slot], StandardCharsets.UTF_8);
					distinct++;
					return decoded[slot];
				}
				if (Arrays.equals(known, 0, known.length, bytes, from, from + length)) {
					return decoded[slot];
				}
			}
		}

		private void grow() {
			byte[][] oldTexts = texts;
			String[] oldDecoded = decoded;
			texts = new byte[oldTexts.length * 2][];
			decoded = new String[oldTexts.length * 2];
			int mask = texts.length - 1;
			for (int k = 0; k < oldTexts.length; k++) {
				if (oldTexts[k] != null) {
					int slot = hash(oldTexts[k], 0, oldTexts[k].length) & mask;
					while (texts[slot] != null) {
						slot = (slot + 1) & mask;
					}
					texts[slot] = oldTexts[k];
					decoded[slot] = oldDecoded[k];
				}
			}
		}

		private static int hash(byte[] bytes, int from, int length) {
			int hash = 1;
			for (int k = from; k < from + length; k++) {
				hash = 31 * hash + bytes[k];
			}
			return hash;
		}
	}
}
