package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/** One referral or signal as its page and the API show it: what the referrer said, and the triage decision. */
@PersonalData
public record Referral(UUID id, String reference, ReferralKind kind, ReferralStatus status, UUID organisationId,
		String organisationName, String referrerName, OffsetDateTime receivedAt, UUID personId, @Nullable String bsn,
		@Nullable String givenNames, @Nullable String surnamePrefix, String surname, @Nullable LocalDate dateOfBirth,
		@Nullable String gender, @Nullable String street, @Nullable String houseNumber, @Nullable String postalCode,
		@Nullable String city, Set<TargetGroup> targetGroups, String reason, @Nullable String goal,
		List<String> proposedParticipants, boolean personInformed, @Nullable String notInformedReason,
		@Nullable Decision decision) {

	/** The triage decision, once taken. */
	public record Decision(OffsetDateTime decidedAt, String decidedBy, String reason, @Nullable String referredTo) {
	}

	/** Given names, prefix and surname as one name. */
	public String name() {
		return ReferralSummary.fullName(givenNames, surnamePrefix, surname);
	}

	public boolean open() {
		return status == ReferralStatus.OPEN;
	}
}
