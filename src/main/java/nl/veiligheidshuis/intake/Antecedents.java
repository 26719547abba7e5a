package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.platform.BinaryCopyReader;

/**
 * The antecedents of the police import as other modules read them: per person, the registration dates
 * and offence categories, for processing over the whole registry (selection, effect monitoring). Only
 * antecedents resolved to a person count; the caller audits its processing.
 */
@Service
public class Antecedents {

	private static final OffenceCategory[] CATEGORIES = OffenceCategory.values();

	/** Receives one antecedent at a time: the person's id as its two halves, the date, the category. */
	@FunctionalInterface
	public interface AntecedentConsumer {

		/**
		 * @param personMost the most significant 64 bits of the person's id ({@link UUID#getMostSignificantBits()})
		 * @param personLeast the least significant 64 bits
		 * @param epochDay the registration date as {@link LocalDate#toEpochDay()}
		 */
		void accept(long personMost, long personLeast, int epochDay, OffenceCategory category);
	}

	private static final byte[][] CATEGORY_NAMES = Arrays.stream(CATEGORIES)
		.map(category -> category.name().getBytes(StandardCharsets.US_ASCII))
		.toArray(byte[][]::new);

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	Antecedents(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** One antecedent of a person for statistics: the police registration id and the registration date only. */
	public record AntecedentDate(UUID personId, String registrationId, LocalDate registeredOn) {
	}

	/**
	 * The registration dates of the resolved antecedents of these persons (effect monitoring: reporting copies them
	 * under a pseudonym); an antecedent registered in several imports once. A system read; the caller audits.
	 */
	@Transactional(readOnly = true)
	public List<AntecedentDate> datesOf(Collection<UUID> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT person_id, registration_id, registration_date FROM intake_antecedent
				WHERE person_id = ANY(:persons)""")
			.param("persons", persons.toArray(UUID[]::new))
			.query((rs, n) -> new AntecedentDate(rs.getObject("person_id", UUID.class), rs.getString("registration_id"),
					rs.getObject("registration_date", LocalDate.class)))
			.list();
	}

	/**
	 * Streams every antecedent resolved to a person and registered on or before the reference date, without
	 * an object per row: for processing over the whole registry that keeps its own tally per person (a
	 * national selection run reads ten million rows). One binary COPY: ids, dates and categories as bytes.
	 * The rows come ordered by person (PostgreSQL's order of uuids), read from the person index as an
	 * index-only scan per partition, merged, so no sort; a person's rows arrive together, which keeps the
	 * caller's per-person lookups in the processor's cache (measured: 3.5 s instead of 6 s for 9.4 million
	 * rows read in storage order).
	 */
	@Transactional(readOnly = true)
	public void forEachAntecedent(LocalDate referenceDate, AntecedentConsumer consumer) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			copy(connection, select(referenceDate, null, null), consumer);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * The same antecedents as {@link #forEachAntecedent}, read as {@code parts} ranges of person ids, each on a
	 * connection and a thread of its own, so that PostgreSQL produces the ranges in as many processes at once
	 * (a national selection run reads ten million rows on a machine with more than one core). All ranges are
	 * read in one snapshot, that of the caller's transaction at the call: it is exported
	 * ({@code pg_export_snapshot}) and every connection imports it ({@code SET TRANSACTION SNAPSHOT}) in a
	 * read-only repeatable-read transaction, so together they see exactly what one statement would have seen.
	 * Each range comes to the consumer {@code consumers} gives for its number, in person order, on that range's
	 * thread; a person's antecedents all come to one consumer. Returns when every range has been read.
	 */
	@Transactional(readOnly = true)
	public void forEachAntecedentInParallel(LocalDate referenceDate, int parts, IntFunction<AntecedentConsumer> consumers) {
		if (parts < 2) {
			forEachAntecedent(referenceDate, consumers.apply(0));
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
			if (!snapshot.matches("[0-9A-Fa-f-]+")) {
				throw new IllegalStateException("unexpected snapshot id");
			}
			List<Thread> threads = new ArrayList<>();
			AtomicReference<Throwable> failure = new AtomicReference<>();
			for (int part = 0; part < parts; part++) {
				String sql = select(referenceDate, part == 0 ? null : bound(part, parts), part == parts - 1 ? null : bound(part + 1, parts));
				AntecedentConsumer consumer = consumers.apply(part);
				threads.add(Thread.ofPlatform().name("antecedents-" + part).start(() -> {
					try {
						readInSnapshot(snapshot, sql, consumer);
					}
					catch (Throwable e) {
						failure.compareAndSet(null, e);
					}
				}));
			}
			for (Thread thread : threads) {
				thread.join();
			}
			if (failure.get() instanceof RuntimeException e) {
				throw e;
			}
			if (failure.get() != null) {
				throw new IllegalStateException("Antecedenten niet gelezen", failure.get());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Antecedenten niet gelezen", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The first person id of range {@code part} of {@code parts}: the ids' first 64 bits split evenly. */
	static UUID bound(int part, int parts) {
		return new UUID(Long.divideUnsigned(-1L, parts) * part + part, 0);
	}

	private void readInSnapshot(String snapshot, String sql, AntecedentConsumer consumer) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
			try {
				statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
				copy(connection, sql, consumer);
			}
			finally {
				statement.execute("ROLLBACK");
			}
		}
	}

	/** The COPY of the antecedents up to the reference date, of the persons from (inclusive) to (exclusive), by person. */
	private static String select(LocalDate referenceDate, @Nullable UUID from, @Nullable UUID to) {
		// COPY takes no parameters; an ISO date from a LocalDate and a UUID are safe literals.
		return "COPY (SELECT person_id, registration_date, offence_category FROM intake_antecedent"
				+ " WHERE person_id IS NOT NULL AND registration_date <= DATE '" + referenceDate + "'"
				+ (from == null ? "" : " AND person_id >= '" + from + "'") + (to == null ? "" : " AND person_id < '" + to + "'")
				+ " ORDER BY person_id) TO STDOUT (FORMAT binary)";
	}

	private static void copy(Connection connection, String sql, AntecedentConsumer consumer) {
		try (PGCopyInputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
			BinaryCopyReader rows = new BinaryCopyReader(in);
			while (rows.startRow() >= 0) {
				rows.fieldLength(); // 16: a uuid, never NULL here
				long most = rows.readLong();
				long least = rows.readLong();
				rows.fieldLength(); // 4: a date
				int epochDay = rows.readInt() + BinaryCopyReader.POSTGRES_EPOCH_DAY;
				int length = rows.fieldLength();
				rows.require(length);
				OffenceCategory category = category(rows.buffer(), rows.position(), length);
				rows.skip(length);
				consumer.accept(most, least, epochDay, category);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Antecedenten niet gelezen", e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Antecedenten niet gelezen", e);
		}
	}

	private static OffenceCategory category(byte[] bytes, int from, int length) {
		for (int c = 0; c < CATEGORY_NAMES.length; c++) {
			byte[] name = CATEGORY_NAMES[c];
			if (name.length == length && Arrays.equals(name, 0, length, bytes, from, from + length)) {
				return CATEGORIES[c];
			}
		}
		throw new IllegalStateException("unknown offence category");
	}
}
