package nl.veiligheidshuis.partners;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A municipality's population in a year, as counted on a date, and where the figure comes from. */
public record PopulationFigure(int year, int population, LocalDate countedOn, @Nullable String source) {
}
