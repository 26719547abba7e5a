package nl.veiligheidshuis.privacy;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.partners.PartnerOrganisationId;

/**
 * What a caller tells the {@link AuditLog}: the action on which object, for which purpose, concerning
 * which persons (one audit record per person). Actor, origin, trace id and time are added by the log.
 * Start with {@link #of} and add what applies:
 * {@code AuditEntry.of(READ, PERSON_CENTRED_APPROACH, "trajectory", id).concerning(clientId).onBehalfOf(police)}.
 */
public record AuditEntry(AuditAction action, AuditResult result, ProcessingPurpose purpose, String objectType,
		@Nullable String objectId, List<UUID> personIds, @Nullable PartnerOrganisationId onBehalfOf,
		@Nullable AuditActor actor, @Nullable String processingActivity) {

	public AuditEntry {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(purpose, "purpose");
		if (objectType.isBlank()) {
			throw new IllegalArgumentException("An audit entry needs an object type");
		}
		personIds = personIds.stream().distinct().toList();
	}

	/** An allowed action on an object, concerning no person yet, by the signed-in user. */
	public static AuditEntry of(AuditAction action, ProcessingPurpose purpose, String objectType, @Nullable Object objectId) {
		return new AuditEntry(action, AuditResult.ALLOWED, purpose, objectType,
				objectId == null ? null : objectId.toString(), List.of(), null, null, null);
	}

	public AuditEntry concerning(UUID... persons) {
		return concerning(Arrays.asList(persons));
	}

	/** The persons concerned; the log writes one record for each. */
	public AuditEntry concerning(Collection<UUID> persons) {
		return new AuditEntry(action, result, purpose, objectType, objectId,
				java.util.stream.Stream.concat(personIds.stream(), persons.stream()).toList(), onBehalfOf, actor, processingActivity);
	}

	public AuditEntry withResult(AuditResult outcome) {
		return new AuditEntry(action, outcome, purpose, objectType, objectId, personIds, onBehalfOf, actor,
				processingActivity);
	}

	public AuditEntry denied() {
		return withResult(AuditResult.DENIED);
	}

	/** The partner on whose behalf the house processes these data (model privacy protocol 2018). */
	public AuditEntry onBehalfOf(PartnerOrganisationId partner) {
		return new AuditEntry(action, result, purpose, objectType, objectId, personIds, partner, actor, processingActivity);
	}

	/** Someone other than the signed-in user of the current thread. */
	public AuditEntry by(AuditActor who) {
		return new AuditEntry(action, result, purpose, objectType, objectId, personIds, onBehalfOf, who, processingActivity);
	}

	/**
	 * The processing activity of the register ({@link ProcessingActivities}) this access served. Without it the
	 * log derives the activity from the object type and purpose ({@link ProcessingActivities#activityOf}).
	 */
	public AuditEntry forActivity(String activityCode) {
		return new AuditEntry(action, result, purpose, objectType, objectId, personIds, onBehalfOf, actor, activityCode);
	}
}
