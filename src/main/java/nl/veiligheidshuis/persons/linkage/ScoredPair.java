package nl.veiligheidshuis.persons.linkage;

/**
 * One candidate pair with its match probability; {@code left} and {@code right} are indexes into the
 * lists given to the {@link Linker} (into the one list when deduplicating, with left &lt; right).
 */
public record ScoredPair(int left, int right, double probability, LinkageDecision decision) {
}
