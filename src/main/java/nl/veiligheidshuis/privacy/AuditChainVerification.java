package nl.veiligheidshuis.privacy;

import org.jspecify.annotations.Nullable;

/** The outcome of checking the audit chain: intact, or the first record that is altered or missing. */
public sealed interface AuditChainVerification {

	/** Every record is present and matches its hash and its place in the chain. */
	record Intact(long records, @Nullable String lastHash) implements AuditChainVerification {
	}

	/**
	 * This record's content no longer matches its hash, or the next record was chained to another
	 * version of it.
	 */
	record Altered(long sequenceNumber) implements AuditChainVerification {
	}

	/** No record with this sequence number, while a later one exists. */
	record Missing(long sequenceNumber) implements AuditChainVerification {
	}

	default boolean isIntact() {
		return this instanceof Intact;
	}
}
