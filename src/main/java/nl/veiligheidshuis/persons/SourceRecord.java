package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * What one partner said about a person, as it came in: names (prefix and surname apart, a surname that
 * still carries its prefix is split by the engine), BSN as given (kept unverified when it fails the
 * 11-test), date of birth, gender (M, V or X), an address with its validity and an alias.
 *
 * @param organisationId the partner organisation that said it
 * @param organisationName its name at the time (copied: the registry keeps what was said, by whom)
 * @param reference the partner's own reference of the record, if any
 */
@PersonalData
public record SourceRecord(UUID organisationId, String organisationName, @Nullable String reference,
		@Nullable String bsn, @Nullable String givenNames, @Nullable String surnamePrefix, String surname,
		@Nullable String alias, @Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String street,
		@Nullable String houseNumber, @Nullable String postalCode, @Nullable String city,
		@Nullable LocalDate addressValidFrom, @Nullable LocalDate addressValidTo) {

	public SourceRecord {
		if (surname.isBlank()) {
			throw new IllegalArgumentException("A source record needs a surname");
		}
		if (gender != null && !gender.matches("[MVX]")) {
			throw new IllegalArgumentException("Gender is M, V or X");
		}
	}
}
