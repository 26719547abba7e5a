package nl.veiligheidshuis.privacy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored audit record, exactly as kept and hashed: enum values are held as the names that were
 * written, so a record stays verifiable even after an enum constant is renamed. {@code hash} is the
 * SHA-256 of the record's canonical form, which includes {@code previousHash}. {@code processingActivity} is the
 * code of the processing activity in the register that the access served (Logboek Dataverwerkingen); records
 * written before the register existed have none and keep their original (version 1) canonical form.
 */
public record AuditRecord(long sequenceNumber, Instant recordedAt, @Nullable UUID actorId, String actorName,
		String actorRoles, @Nullable UUID organisationId, @Nullable String organisationName, @Nullable UUID onBehalfOf,
		String purpose, String action, @Nullable String objectType, @Nullable String objectId, @Nullable UUID personId,
		String result, @Nullable String origin, @Nullable String traceId, String previousHash, String hash,
		@Nullable String processingActivity) {

	/** A record without a processing activity, as written before the register existed. */
	public AuditRecord(long sequenceNumber, Instant recordedAt, @Nullable UUID actorId, String actorName,
			String actorRoles, @Nullable UUID organisationId, @Nullable String organisationName, @Nullable UUID onBehalfOf,
			String purpose, String action, @Nullable String objectType, @Nullable String objectId, @Nullable UUID personId,
			String result, @Nullable String origin, @Nullable String traceId, String previousHash, String hash) {
		this(sequenceNumber, recordedAt, actorId, actorName, actorRoles, organisationId, organisationName, onBehalfOf,
				purpose, action, objectType, objectId, personId, result, origin, traceId, previousHash, hash, null);
	}

	/** The role names, in the order stored. */
	public List<String> roleNames() {
		return actorRoles.isEmpty() ? List.of() : Arrays.asList(actorRoles.split(","));
	}

	AuditRecord chainedTo(long sequence, String previous) {
		return new AuditRecord(sequence, recordedAt, actorId, actorName, actorRoles, organisationId, organisationName,
				onBehalfOf, purpose, action, objectType, objectId, personId, result, origin, traceId, previous, "",
				processingActivity);
	}

	AuditRecord withHash(String computed) {
		return new AuditRecord(sequenceNumber, recordedAt, actorId, actorName, actorRoles, organisationId,
				organisationName, onBehalfOf, purpose, action, objectType, objectId, personId, result, origin, traceId,
				previousHash, computed, processingActivity);
	}
}
