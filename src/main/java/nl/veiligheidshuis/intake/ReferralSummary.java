package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/** A line of a list of referrals: the triage queue, or a partner's own referrals. */
@PersonalData
public record ReferralSummary(UUID id, String reference, ReferralKind kind, ReferralStatus status,
		String organisationName, OffsetDateTime receivedAt, UUID personId, String name, @Nullable LocalDate dateOfBirth,
		Set<TargetGroup> targetGroups) {

	static String fullName(@Nullable String givenNames, @Nullable String prefix, String surname) {
		return Stream.of(givenNames, prefix, surname).filter(Objects::nonNull).filter(part -> !part.isBlank())
			.collect(Collectors.joining(" "));
	}
}
