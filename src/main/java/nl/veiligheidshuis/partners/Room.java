package nl.veiligheidshuis.partners;

import java.util.UUID;

/** A room or flex desk of the house; the agenda books them. */
public record Room(UUID id, String name, RoomKind kind, int capacity) {
}
