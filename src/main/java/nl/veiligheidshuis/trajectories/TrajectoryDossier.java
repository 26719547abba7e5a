package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * One trajectory as its dossier shows it: the client, state, target group, intervention manager, the
 * partners taking part and the whole timeline. {@code version} goes back with every change (optimistic locking).
 */
@PersonalData
public record TrajectoryDossier(UUID id, long version, UUID personId, String clientName, @Nullable LocalDate dateOfBirth,
		TargetGroup targetGroup, TrajectoryState state, TrajectoryOrigin origin, @Nullable UUID priorityListId,
		@Nullable UUID referralId, @Nullable String urgentReason, @Nullable UUID interventionManager,
		@Nullable String interventionManagerName, OffsetDateTime startedAt, OffsetDateTime stateChangedAt,
		@Nullable ClosureReason closureReason, @Nullable String closureExplanation, List<Participant> participants,
		List<TimelineEntry> timeline) {

	public TrajectoryDossier {
		participants = List.copyOf(participants);
		timeline = List.copyOf(timeline);
	}

	public boolean open() {
		return state.open();
	}
}
