package nl.veiligheidshuis.persons.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Records normalised once, column by column, so the inner loop compares plain strings and ints:
 * no parsing, no regular expressions, no allocation beyond the comparators' own. Missing text is "".
 */
final class PreparedRecords {

	final int size;
	final String[] ids;
	final String[] bsn;
	final boolean[] bsnValid;
	final String[] identifier;
	final String[] given;
	final String[] givenInitials;
	final boolean[] givenInitialsOnly;
	final String[] givenPhonetic;
	final String[] surname;
	final String[] surnamePhonetic;
	final String[] prefixKey;
	/** yyyymmdd, 0 when missing. */
	final int[] dateOfBirth;
	/** 'm', 'f', 'x', or 0 when missing. */
	final char[] gender;
	final String[] street;
	final String[] houseNumber;
	final String[] postalCode;
	final String[] city;
	/**
	 * Each record's comparison data packed in one row of {@link #ROW} ints (one cache line), so that the
	 * inner loop reads the other record of a pair from one place: dictionary ids (0 = missing, equal id =
	 * equal text), the date, flags, the BSN as a number and the postal code packed into a long. Filled by
	 * {@link LevelCaches#encode}.
	 */
	int[] row = new int[0];
	static final int ROW = 16;
	static final int GIVEN_ID = 0;
	static final int SURNAME_ID = 1;
	static final int STREET_ID = 2;
	static final int CITY_ID = 3;
	static final int DATE = 4;
	static final int PREFIX_ID = 5;
	static final int HOUSE_NUMBER_ID = 6;
	/** bit 0 initials only, bit 1 valid BSN, bits 8–15 gender. */
	static final int FLAGS = 7;
	static final int POSTAL_CODE_ID = 8;
	static final int IDENTIFIER_ID = 9;
	/** The BSN as a number when it has nine digits, 0 when missing, −1 otherwise. */
	static final int BSN_NUMBER = 10;
	/** Postal code characters, eight bits each (low and high int), and its length (−1: not packable). */
	static final int POSTAL_LOW = 11;
	static final int POSTAL_HIGH = 12;
	static final int POSTAL_LENGTH = 13;
	/** First letters of the given name (high 16 bits) and the surname (low 16 bits). */
	static final int FIRST_LETTERS = 14;

	/** Dictionary ids of given name, surname, street and city, shared by both sides of a run. */
	final int[] givenId;
	final int[] surnameId;
	final int[] streetId;
	final int[] cityId;
	/** Frequency of the surname and first given name in all records of the run (term-frequency adjustment). */
	final float[] surnameFrequency;
	final float[] givenFrequency;

	PreparedRecords(List<PersonRecord> records) {
		size = records.size();
		ids = new String[size];
		bsn = new String[size];
		bsnValid = new boolean[size];
		identifier = new String[size];
		given = new String[size];
		givenInitials = new String[size];
		givenInitialsOnly = new boolean[size];
		givenPhonetic = new String[size];
		surname = new String[size];
		surnamePhonetic = new String[size];
		prefixKey = new String[size];
		dateOfBirth = new int[size];
		gender = new char[size];
		street = new String[size];
		houseNumber = new String[size];
		postalCode = new String[size];
		city = new String[size];
		surnameFrequency = new float[size];
		givenFrequency = new float[size];
		givenId = new int[size];
		surnameId = new int[size];
		streetId = new int[size];
		cityId = new int[size];
		for (int i = 0; i < size; i++) {
			PersonRecord record = records.get(i);
			ids[i] = record.id();
			String normalisedBsn = Bsn.normalise(record.bsn());
			bsn[i] = normalisedBsn == null ? "" : normalisedBsn;
			bsnValid[i] = Bsn.isValid(normalisedBsn);
			identifier[i] = compact(record.identifier());
			boolean initialsOnly = DutchNames.isInitialsOnly(record.givenNames());
			givenInitialsOnly[i] = initialsOnly;
			givenInitials[i] = DutchNames.initials(record.givenNames());
			given[i] = initialsOnly ? "" : DutchNames.firstGivenName(record.givenNames());
			// call names ("Kees") share the phonetic key of the official name ("Cornelis")
			givenPhonetic[i] = DutchNames.phoneticKey(DutchNames.officialGivenName(given[i]));
			DutchNames.SurnameParts parts = DutchNames.splitSurname(record.surnamePrefix(), record.surname());
			surname[i] = parts.surname().replace(" ", "");
			surnamePhonetic[i] = DutchNames.phoneticKey(surname[i]);
			prefixKey[i] = parts.prefixKey();
			LocalDate date = record.dateOfBirth();
			dateOfBirth[i] = date == null ? 0 : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
			gender[i] = gender(record.gender());
			street[i] = streetName(record.street());
			houseNumber[i] = compact(record.houseNumber());
			postalCode[i] = compact(record.postalCode());
			city[i] = compact(record.city());
		}
	}

	private static String compact(String value) {
		return DutchNames.normalise(value).replace(" ", "");
	}

	private static String streetName(String value) {
		String street = compact(value);
		// "Kerkstr." and "Kerkstraat" are one street.
		if (street.endsWith("str")) {
			street = street + "aat";
		}
		return street;
	}

	private static char gender(String value) {
		if (value == null || value.isBlank()) {
			return 0;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT).charAt(0)) {
			case 'm' -> 'm';
			case 'v', 'f', 'w' -> 'f';
			default -> 'x';
		};
	}
}
