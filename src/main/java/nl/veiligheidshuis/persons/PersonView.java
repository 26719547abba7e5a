package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * The merged view of a registry person: every distinct value any source gave, each with the sources
 * that gave it, so that the page shows where each value came from. Values are in order of first receipt.
 */
@PersonalData
public record PersonView(UUID id, List<Attested> names, List<Attested> aliases, List<Attested> bsns,
		List<Attested> datesOfBirth, List<Attested> genders, List<Address> addresses, List<Source> sources) {

	/** The name shown as the person's: the first name received. */
	public String name() {
		return names.isEmpty() ? "" : names.getFirst().value();
	}

	/** Who said it, and when. */
	public record Source(UUID id, UUID organisationId, String organisationName, @Nullable String reference,
			OffsetDateTime receivedAt) {
	}

	/** One value and the sources that gave it; {@code verified} is false for a BSN that fails the 11-test. */
	public record Attested(String value, boolean verified, List<Source> sources) {
	}

	/** An address as one source gave it, with its validity. */
	public record Address(String street, @Nullable String postalCode, @Nullable String city,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, Source source) {
	}
}
