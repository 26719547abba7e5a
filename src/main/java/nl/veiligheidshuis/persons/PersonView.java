package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.privacy.DataCategory;

/**
 * The merged view of a registry person: every distinct value any source gave, each with the sources
 * that gave it, so that the page shows where each value came from. Values are in order of first receipt.
 * Field-level data minimisation: a field of a category the privacy covenant does not share with the viewer's
 * organisation is {@code null} (and its category is in {@code notShared}); an empty list means nothing is known.
 */
@PersonalData
public record PersonView(UUID id, List<Attested> names, @Nullable List<Attested> aliases, @Nullable List<Attested> bsns,
		@Nullable List<Attested> datesOfBirth, @Nullable List<Attested> genders, @Nullable List<Address> addresses,
		List<Source> sources, List<DataCategory> notShared) {

	public PersonView(UUID id, List<Attested> names, List<Attested> aliases, List<Attested> bsns,
			List<Attested> datesOfBirth, List<Attested> genders, List<Address> addresses, List<Source> sources) {
		this(id, names, aliases, bsns, datesOfBirth, genders, addresses, sources, List.of());
	}

	/**
	 * This view without the fields of the categories not in {@code shared}: what a partner may see under the
	 * privacy covenant.
	 */
	PersonView sharing(Set<DataCategory> shared) {
		boolean identity = shared.contains(DataCategory.IDENTITY);
		boolean bsn = shared.contains(DataCategory.BSN);
		boolean contact = shared.contains(DataCategory.CONTACT);
		List<DataCategory> withheld = Stream.of(DataCategory.IDENTITY, DataCategory.BSN, DataCategory.CONTACT)
			.filter(category -> !shared.contains(category)).toList();
		return new PersonView(id, names, identity ? aliases : null, bsn ? bsns : null, identity ? datesOfBirth : null,
				identity ? genders : null, contact ? addresses : null, sources, withheld);
	}

	/** Whether the covenant withholds the category from the viewer (for the page's note). */
	public boolean withholds(String category) {
		return notShared.contains(DataCategory.valueOf(category));
	}

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
