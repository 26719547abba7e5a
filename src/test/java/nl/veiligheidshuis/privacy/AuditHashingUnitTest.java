package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The canonical form and hash of an audit record: fixed, unambiguous, and sensitive to every field. */
class AuditHashingUnitTest {

	static final AuditRecord SAMPLE = new AuditRecord(7, Instant.parse("2026-03-01T09:15:30.123456Z"),
			UUID.fromString("6b1c7c2e-3f4a-4c3e-9a55-0d2f6f0e9b11"), "im.demo", "INTERVENTION_MANAGER",
			UUID.fromString("0c9f2a3e-5b7d-4e8f-a1b2-c3d4e5f60718"), "Gemeente", null, "PERSON_CENTRED_APPROACH", "READ",
			"trajectory", "T-1", UUID.fromString("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4"), "ALLOWED", "127.0.0.1", null,
			AuditHashing.GENESIS, "");

	@Test
	void the_canonical_form_names_every_field_in_a_fixed_order_with_length_prefixed_values() {
		assertThat(AuditHashing.canonicalForm(SAMPLE)).isEqualTo("""
				vh-audit-v1
				sequence_number=1:7
				recorded_at=27:2026-03-01T09:15:30.123456Z
				actor_id=36:6b1c7c2e-3f4a-4c3e-9a55-0d2f6f0e9b11
				actor_name=7:im.demo
				actor_roles=20:INTERVENTION_MANAGER
				organisation_id=36:0c9f2a3e-5b7d-4e8f-a1b2-c3d4e5f60718
				organisation_name=8:Gemeente
				on_behalf_of=-
				purpose=23:PERSON_CENTRED_APPROACH
				action=4:READ
				object_type=10:trajectory
				object_id=3:T-1
				person_id=36:9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4
				result=7:ALLOWED
				origin=9:127.0.0.1
				trace_id=-
				previous_hash=64:0000000000000000000000000000000000000000000000000000000000000000
				""");
	}

	@Test
	void the_hash_is_the_sha256_of_the_canonical_form_in_utf8() {
		// Computed outside Java: printf '<the form above>' | sha256sum
		assertThat(AuditHashing.hashOf(SAMPLE)).isEqualTo("295c7e72a43b4c9780fab29d0584a354287c03e3fab2b72021d5dcf16c5dc5e8");
	}

	@Test
	void the_stored_hash_itself_is_not_part_of_the_form() {
		assertThat(AuditHashing.hashOf(SAMPLE.withHash("f".repeat(64)))).isEqualTo(AuditHashing.hashOf(SAMPLE));
	}

	static Stream<UnaryOperator<AuditRecord>> changes() {
		return Stream.of(
				r -> r.chainedTo(8, r.previousHash()),
				r -> copy(r, 1, Instant.parse("2026-03-01T09:15:30.123457Z")),
				r -> copy(r, 2, UUID.randomUUID()),
				r -> copy(r, 3, "im.demo2"),
				r -> copy(r, 4, "HOUSE_MANAGER"),
				r -> copy(r, 5, null),
				r -> copy(r, 6, "Gemeente Heerlen"),
				r -> copy(r, 7, UUID.randomUUID()),
				r -> copy(r, 8, "AUTHENTICATION"),
				r -> copy(r, 9, "UPDATE"),
				r -> copy(r, 10, "dossier"),
				r -> copy(r, 11, "T-2"),
				r -> copy(r, 12, UUID.randomUUID()),
				r -> copy(r, 13, "DENIED"),
				r -> copy(r, 14, "10.0.0.1"),
				r -> copy(r, 15, "abc"),
				r -> r.chainedTo(r.sequenceNumber(), "1".repeat(64)));
	}

	@ParameterizedTest
	@MethodSource("changes")
	void changing_any_field_changes_the_hash(UnaryOperator<AuditRecord> change) {
		assertThat(AuditHashing.hashOf(change.apply(SAMPLE))).isNotEqualTo(AuditHashing.hashOf(SAMPLE));
	}

	@Test
	void values_cannot_shift_between_fields_and_null_differs_from_empty() {
		AuditRecord ab = copy(copy(SAMPLE, 10, "ab"), 11, "c");
		AuditRecord a = copy(copy(SAMPLE, 10, "a"), 11, "bc");
		assertThat(AuditHashing.hashOf(ab)).isNotEqualTo(AuditHashing.hashOf(a));
		assertThat(AuditHashing.hashOf(copy(SAMPLE, 15, ""))).isNotEqualTo(AuditHashing.hashOf(copy(SAMPLE, 15, null)));
	}

	@Test
	void a_record_with_a_processing_activity_uses_version_2_which_names_it_and_a_record_without_keeps_version_1() {
		AuditRecord withActivity = withActivity(SAMPLE, "trajectory");
		assertThat(AuditHashing.canonicalForm(withActivity)).startsWith("vh-audit-v2\n")
			.contains("processing_activity=10:trajectory\nprevious_hash=");
		assertThat(AuditHashing.canonicalForm(SAMPLE)).startsWith("vh-audit-v1\n").doesNotContain("processing_activity");
		// Unchanged for records written before the register existed.
		assertThat(AuditHashing.hashOf(SAMPLE)).isEqualTo("295c7e72a43b4c9780fab29d0584a354287c03e3fab2b72021d5dcf16c5dc5e8");
	}

	@Test
	void removing_or_changing_the_activity_of_a_version_2_record_breaks_its_hash() {
		AuditRecord original = withActivity(SAMPLE, "trajectory");
		String stored = AuditHashing.hashOf(original);
		assertThat(AuditHashing.hashOf(withActivity(SAMPLE, null))).isNotEqualTo(stored);
		assertThat(AuditHashing.hashOf(withActivity(SAMPLE, "referral"))).isNotEqualTo(stored);
	}

	private static AuditRecord withActivity(AuditRecord r, String activity) {
		return new AuditRecord(r.sequenceNumber(), r.recordedAt(), r.actorId(), r.actorName(), r.actorRoles(),
				r.organisationId(), r.organisationName(), r.onBehalfOf(), r.purpose(), r.action(), r.objectType(),
				r.objectId(), r.personId(), r.result(), r.origin(), r.traceId(), r.previousHash(), r.hash(), activity);
	}

	/** The sample with component {@code index} (1 = recordedAt … 15 = traceId) replaced. */
	private static AuditRecord copy(AuditRecord r, int index, Object value) {
		Object[] v = { r.sequenceNumber(), r.recordedAt(), r.actorId(), r.actorName(), r.actorRoles(),
				r.organisationId(), r.organisationName(), r.onBehalfOf(), r.purpose(), r.action(), r.objectType(),
				r.objectId(), r.personId(), r.result(), r.origin(), r.traceId(), r.previousHash(), r.hash() };
		v[index] = value;
		return new AuditRecord((long) v[0], (Instant) v[1], (UUID) v[2], (String) v[3], (String) v[4], (UUID) v[5],
				(String) v[6], (UUID) v[7], (String) v[8], (String) v[9], (String) v[10], (String) v[11], (UUID) v[12],
				(String) v[13], (String) v[14], (String) v[15], (String) v[16], (String) v[17]);
	}
}
