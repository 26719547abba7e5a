package nl.veiligheidshuis.platform;

import java.util.UUID;

/** Identifies an uploaded document in the {@link Documents} store. */
public record DocumentId(UUID value) {

	public static DocumentId random() {
		return new DocumentId(UUID.randomUUID());
	}
}
