package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stop on erasure for one person, with the reason; active until lifted. */
public record LegalHold(UUID id, UUID personId, String reason, UUID placedBy, Instant placedAt, @Nullable Instant liftedAt) {

	/** When it was placed, for formatting. */
	public java.time.OffsetDateTime placedOn() {
		return placedAt.atOffset(java.time.ZoneOffset.UTC);
	}

	public boolean active() {
		return liftedAt == null;
	}
}
