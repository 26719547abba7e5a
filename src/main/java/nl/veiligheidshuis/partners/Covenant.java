package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.DocumentId;

/** The covenant record: title, signing date and place, what it covers and its document. */
public record Covenant(UUID id, String title, LocalDate signedOn, @Nullable String place, @Nullable String summary,
		@Nullable DocumentId document) {
}
