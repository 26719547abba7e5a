package nl.veiligheidshuis.persons;

import java.util.List;
import java.util.UUID;

/**
 * Two registry persons turned out to be one: the source records of {@code from} now belong to
 * {@code into}. Modules that keep person ids re-point them (published within the deciding transaction).
 *
 * @param movedReferences the partners' own references of the moved source records (e.g. police
 *        registration ids), so that an unmerge can move exactly those back
 */
public record PersonsMerged(UUID mergeId, UUID from, UUID into, List<String> movedReferences) {
}
