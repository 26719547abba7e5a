package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How a person is shown in a list: the most recent name and the date of birth of the key facts. */
public record PersonName(UUID id, String displayName, @Nullable LocalDate dateOfBirth) {
}
