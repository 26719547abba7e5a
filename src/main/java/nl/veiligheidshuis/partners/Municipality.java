package nl.veiligheidshuis.partners;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A municipality of the district, with its population per year (newest first); used by finance and reporting. */
public record Municipality(UUID id, String name, List<PopulationFigure> populations) {

	public Municipality {
		populations = populations.stream().sorted(Comparator.comparingInt(PopulationFigure::year).reversed()).toList();
	}

	public Optional<PopulationFigure> latest() {
		return populations.stream().findFirst();
	}
}
