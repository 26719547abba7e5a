package nl.veiligheidshuis.selection;

import java.util.List;
import java.util.UUID;

/** A selection meeting adopted a new version of the priority list; trajectories start from its persons. */
public record PriorityListAdopted(UUID listId, int version, List<UUID> personsEntered, List<UUID> personsLeft) {
}
