package nl.veiligheidshuis.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an audit record and its hash. The form names every field in a fixed order, each
 * value length-prefixed (so {@code "ab","c"} and {@code "a","bc"} differ) and {@code null} distinct from
 * empty; it includes the previous record's hash, which makes the records a chain. Changing this form
 * makes every existing record fail verification: add a new version instead. Version 2 adds the processing
 * activity; a record without one (written before it existed) keeps version 1, so older records still verify.
 * Removing the activity of a version-2 record does not pass: its version-1 form hashes differently.
 */
final class AuditHashing {

	/** The previous hash of the first record. */
	static final String GENESIS = "0".repeat(64);

	private static final String VERSION_1 = "vh-audit-v1";

	private static final String VERSION_2 = "vh-audit-v2";

	private AuditHashing() {
	}

	static String hashOf(AuditRecord record) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonicalForm(record).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static String canonicalForm(AuditRecord record) {
		StringBuilder form = new StringBuilder(record.processingActivity() == null ? VERSION_1 : VERSION_2).append('\n');
		field(form, "sequence_number", Long.toString(record.sequenceNumber()));
		field(form, "recorded_at", DateTimeFormatter.ISO_INSTANT.format(record.recordedAt()));
		field(form, "actor_id", record.actorId());
		field(form, "actor_name", record.actorName());
		field(form, "actor_roles", record.actorRoles());
		field(form, "organisation_id", record.organisationId());
		field(form, "organisation_name", record.organisationName());
		field(form, "on_behalf_of", record.onBehalfOf());
		field(form, "purpose", record.purpose());
		field(form, "action", record.action());
		field(form, "object_type", record.objectType());
		field(form, "object_id", record.objectId());
		field(form, "person_id", record.personId());
		field(form, "result", record.result());
		field(form, "origin", record.origin());
		field(form, "trace_id", record.traceId());
		if (record.processingActivity() != null) {
			field(form, "processing_activity", record.processingActivity());
		}
		field(form, "previous_hash", record.previousHash());
		return form.toString();
	}

	private static void field(StringBuilder form, String name, @Nullable Object value) {
		form.append(name).append('=');
		if (value == null) {
			form.append('-');
		}
		else {
			String text = value.toString();
			form.append(text.length()).append(':').append(text);
		}
		form.append('\n');
	}
}
