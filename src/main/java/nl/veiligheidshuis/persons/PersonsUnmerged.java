package nl.veiligheidshuis.persons;

import java.util.List;
import java.util.UUID;

/** A merge was undone: the source records with {@code movedReferences} belong to {@code from} again. */
public record PersonsUnmerged(UUID mergeId, UUID from, UUID into, List<String> movedReferences) {
}
