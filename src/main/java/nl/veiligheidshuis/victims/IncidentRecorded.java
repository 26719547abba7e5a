package nl.veiligheidshuis.victims;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An incident was registered, published in its transaction: for read models that count repeat victimisation
 * (the reports), which keep a pseudonym of each victim and never the person id.
 *
 * @param victims the person ids of the incident's victims
 * @param domestic whether it is domestic violence
 */
public record IncidentRecorded(UUID incidentId, Set<UUID> victims, LocalDate occurredOn, boolean domestic) {

	public IncidentRecorded {
		victims = Set.copyOf(victims);
	}
}
