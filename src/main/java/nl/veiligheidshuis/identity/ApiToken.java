package nl.veiligheidshuis.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it in the list: never the token itself. */
public record ApiToken(UUID id, String name, Instant createdAt, LocalDate expiresOn, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt, Status status) {

	public enum Status {
		/** Can be used. */
		VALID,
		/** Past its expiry date. */
		EXPIRED,
		/** Revoked by its owner. */
		REVOKED
	}
}
