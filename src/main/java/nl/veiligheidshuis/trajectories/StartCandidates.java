package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Who can start a trajectory now: the persons of the current priority list without an open trajectory, and
 * the accepted referrals not yet started (urgent starts) whose person has none either.
 */
@PersonalData
public record StartCandidates(@Nullable Integer listVersion, List<ListEntry> listEntries, List<AcceptedReferral> referrals) {

	public record ListEntry(UUID personId, int rank, String name, @Nullable LocalDate dateOfBirth,
			@Nullable TargetGroup category) {
	}

	public record AcceptedReferral(UUID referralId, UUID personId, String name, @Nullable LocalDate dateOfBirth,
			Set<TargetGroup> targetGroups, OffsetDateTime acceptedAt) {
	}
}
