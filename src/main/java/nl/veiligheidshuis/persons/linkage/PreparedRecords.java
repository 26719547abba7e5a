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
			givenPhonetic[i] = DutchNames.phoneticKey(given[i]);
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
