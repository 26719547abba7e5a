package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A referral or signal as the referrer gave it, already validated ({@link ReferralForm}): the person data,
 * the target groups, why and to what end, the partners proposed to take part, and whether the person was
 * told (and if not, why not).
 */
@PersonalData
public record ReferralSubmission(ReferralKind kind, @Nullable String bsn, @Nullable String givenNames,
		@Nullable String surnamePrefix, String surname, @Nullable LocalDate dateOfBirth, @Nullable String gender,
		@Nullable String street, @Nullable String houseNumber, @Nullable String postalCode, @Nullable String city,
		Set<TargetGroup> targetGroups, String reason, @Nullable String goal, List<UUID> proposedParticipants,
		boolean personInformed, @Nullable String notInformedReason) {

	public ReferralSubmission {
		if (surname.isBlank() || reason.isBlank() || targetGroups.isEmpty()) {
			throw new IllegalArgumentException("A referral needs a surname, a reason and a target group");
		}
		if (!personInformed && (notInformedReason == null || notInformedReason.isBlank())) {
			throw new IllegalArgumentException("A referral of a person who was not informed says why");
		}
		targetGroups = Set.copyOf(targetGroups);
		proposedParticipants = List.copyOf(proposedParticipants);
	}
}
