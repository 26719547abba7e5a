package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * One trajectory in a list: the client's name and date of birth, where it is and who directs it. The date of birth
 * is {@code null} with {@code dateOfBirthShared} false when the privacy covenant does not share identifying data
 * with the reader's organisation.
 */
@PersonalData
public record TrajectorySummary(UUID id, UUID personId, String clientName, @Nullable LocalDate dateOfBirth,
		TargetGroup targetGroup, TrajectoryState state, TrajectoryOrigin origin, @Nullable UUID interventionManager,
		@Nullable String interventionManagerName, OffsetDateTime startedAt, OffsetDateTime stateChangedAt,
		boolean dateOfBirthShared) {
}
