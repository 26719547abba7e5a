package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/** One person in a search result. */
@PersonalData
public record PersonSummary(UUID id, String name, @Nullable LocalDate dateOfBirth, @Nullable String city, int sources) {
}
