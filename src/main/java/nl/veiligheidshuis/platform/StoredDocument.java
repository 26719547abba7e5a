package nl.veiligheidshuis.platform;

import java.time.OffsetDateTime;

/** An uploaded document's description, without its content. */
public record StoredDocument(DocumentId id, String fileName, long size, String sha256, String uploadedBy,
		OffsetDateTime uploadedAt) {
}
