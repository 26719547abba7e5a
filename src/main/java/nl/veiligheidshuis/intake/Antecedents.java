package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

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
		// COPY takes no parameters; an ISO date from a LocalDate is a safe literal.
		String sql = "COPY (SELECT person_id, registration_date, offence_category FROM intake_antecedent"
				+ " WHERE person_id IS NOT NULL AND registration_date <= DATE '" + referenceDate + "'"
				+ " ORDER BY person_id) TO STDOUT (FORMAT binary)";
		Connection connection = DataSourceUtils.getConnection(dataSource);
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
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
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
