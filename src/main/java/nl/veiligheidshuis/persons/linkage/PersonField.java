package nl.veiligheidshuis.persons.linkage;

import java.util.Arrays;
import java.util.Optional;

/** The person fields that identity resolution reads, by the name used in the {@code linkage} command. */
public enum PersonField {

	/** Citizen service number; used as a key only when it passes the 11-test. */
	BSN("bsn"),
	/** Given names, or initials. */
	GIVEN_NAMES("givenNames"),
	/** "van", "de", "van der" …; split off the surname when it still carries it. */
	SURNAME_PREFIX("surnamePrefix"),
	SURNAME("surname"),
	/** YYYY-MM-DD or YYYYMMDD. */
	DATE_OF_BIRTH("dateOfBirth"),
	GENDER("gender"),
	STREET("street"),
	HOUSE_NUMBER("houseNumber"),
	POSTAL_CODE("postalCode"),
	CITY("city"),
	/** Another personal number, compared with typos allowed but not validated as a BSN. */
	IDENTIFIER("identifier");

	private final String fieldName;

	PersonField(String fieldName) {
		this.fieldName = fieldName;
	}

	public String fieldName() {
		return fieldName;
	}

	public static Optional<PersonField> byName(String name) {
		return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst();
	}
}
