package nl.veiligheidshuis.persons;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A search of the registry: a surname (with or without its prefix), optionally given names and date of birth. */
public record PersonSearch(@Nullable String givenNames, String surname, @Nullable LocalDate dateOfBirth) {
}
