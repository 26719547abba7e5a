package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What processing over the whole registry needs of a person: the date of birth most sources give, the
 * most recent gender (M, V, X) and city. Derived from the source records (see {@code Persons#refreshKeyFacts}).
 */
public record PersonKeyFacts(UUID id, @Nullable LocalDate dateOfBirth, @Nullable String gender, @Nullable String city) {
}
