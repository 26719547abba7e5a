package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The antecedents of the police import as other modules read them: per person, the registration dates
 * and offence categories, for processing over the whole registry (selection, effect monitoring). Only
 * antecedents resolved to a person count; the caller audits its processing.
 */
@Service
public class Antecedents {

	private static final OffenceCategory[] CATEGORIES = OffenceCategory.values();

	/**
	 * One person's antecedents up to a reference date, in no particular order. The arrays are reused for
	 * the next person: read them in the callback, do not keep them.
	 */
	public static final class History {

		private UUID personId = new UUID(0, 0);
		private int size;
		private int[] epochDays = new int[64];
		private byte[] categories = new byte[64];

		public UUID personId() {
			return personId;
		}

		public int size() {
			return size;
		}

		/** The registration date of antecedent {@code k} as {@link LocalDate#toEpochDay()}. */
		public int epochDay(int k) {
			return epochDays[k];
		}

		public OffenceCategory category(int k) {
			return CATEGORIES[categories[k]];
		}

		void add(int epochDay, byte category) {
			if (size == epochDays.length) {
				epochDays = Arrays.copyOf(epochDays, size * 2);
				categories = Arrays.copyOf(categories, size * 2);
			}
			epochDays[size] = epochDay;
			categories[size++] = category;
		}

		void start(UUID person) {
			personId = person;
			size = 0;
		}
	}

	/** Receives one person's history at a time. */
	@FunctionalInterface
	public interface HistoryConsumer {

		void accept(History history);
	}

	private final JdbcTemplate jdbc;

	Antecedents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Streams every person's antecedents registered on or before the reference date, person by person in
	 * the order of their ids (later registrations are ignored, as a selection on that date could not have
	 * known them).
	 */
	@Transactional(readOnly = true)
	public void forEachPerson(LocalDate referenceDate, HistoryConsumer consumer) {
		History history = new History();
		boolean[] any = { false };
		jdbc.query(connection -> {
			var statement = connection.prepareStatement("""
					SELECT person_id, registration_date, offence_category FROM intake_antecedent
					WHERE person_id IS NOT NULL AND registration_date <= ?
					ORDER BY person_id""");
			statement.setObject(1, referenceDate);
			statement.setFetchSize(10_000);
			return statement;
		}, (RowCallbackHandler) rs -> {
			UUID person = rs.getObject(1, UUID.class);
			if (!any[0] || !person.equals(history.personId)) {
				if (any[0]) {
					consumer.accept(history);
				}
				history.start(person);
				any[0] = true;
			}
			history.add((int) rs.getObject(2, LocalDate.class).toEpochDay(),
					(byte) OffenceCategory.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)).ordinal());
		});
		if (any[0]) {
			consumer.accept(history);
		}
	}
}
