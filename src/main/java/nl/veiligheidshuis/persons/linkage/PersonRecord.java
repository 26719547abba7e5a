package nl.veiligheidshuis.persons.linkage;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One incoming or registered record of a person, as identity resolution sees it. Values are raw
 * (trimmed) text; normalisation happens in the engine. A surname that still carries its prefix is
 * split there too.
 */
public record PersonRecord(String id, @Nullable String bsn, @Nullable String givenNames,
		@Nullable String surnamePrefix, @Nullable String surname, @Nullable LocalDate dateOfBirth,
		@Nullable String gender, @Nullable String street, @Nullable String houseNumber,
		@Nullable String postalCode, @Nullable String city, @Nullable String identifier) {

	/** A record from field values as read from a file; blank values are missing, dates are parsed. */
	public static PersonRecord of(String id, Map<PersonField, String> values) {
		return new PersonRecord(id, value(values, PersonField.BSN), value(values, PersonField.GIVEN_NAMES),
				value(values, PersonField.SURNAME_PREFIX), value(values, PersonField.SURNAME),
				parseDate(value(values, PersonField.DATE_OF_BIRTH)), value(values, PersonField.GENDER),
				value(values, PersonField.STREET), value(values, PersonField.HOUSE_NUMBER),
				value(values, PersonField.POSTAL_CODE), value(values, PersonField.CITY),
				value(values, PersonField.IDENTIFIER));
	}

	/** YYYY-MM-DD or YYYYMMDD; anything else, or a day that does not exist, is missing. */
	public static @Nullable LocalDate parseDate(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String digits = text.strip();
		if (digits.length() == 10 && digits.charAt(4) == '-' && digits.charAt(7) == '-') {
			digits = digits.substring(0, 4) + digits.substring(5, 7) + digits.substring(8, 10);
		}
		if (digits.length() != 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
					Integer.parseInt(digits.substring(6, 8)));
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	private static @Nullable String value(Map<PersonField, String> values, PersonField field) {
		String value = values.get(field);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
