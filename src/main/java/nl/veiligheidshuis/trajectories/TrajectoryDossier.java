package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.DataCategory;

/**
 * One trajectory as its dossier shows it: the client, state, target group, intervention manager, the
 * partners taking part and the whole timeline. {@code version} goes back with every change (optimistic locking).
 * Field-level data minimisation: a field of a category the privacy covenant does not share with the reader's
 * organisation is {@code null} and its category is in {@code notShared} (the date of birth: IDENTITY).
 */
@PersonalData
public record TrajectoryDossier(UUID id, long version, UUID personId, String clientName, @Nullable LocalDate dateOfBirth,
		TargetGroup targetGroup, TrajectoryState state, TrajectoryOrigin origin, @Nullable UUID priorityListId,
		@Nullable UUID referralId, @Nullable String urgentReason, @Nullable UUID interventionManager,
		@Nullable String interventionManagerName, OffsetDateTime startedAt, OffsetDateTime stateChangedAt,
		@Nullable ClosureReason closureReason, @Nullable String closureExplanation, List<Participant> participants,
		List<TimelineEntry> timeline, List<DataCategory> notShared) {

	public TrajectoryDossier {
		participants = List.copyOf(participants);
		timeline = List.copyOf(timeline);
		notShared = List.copyOf(notShared);
	}

	/** Whether the covenant withholds the category from the reader (for the page's note): {@code withholds('IDENTITY')}. */
	public boolean withholds(String category) {
		return notShared.contains(DataCategory.valueOf(category));
	}

	public boolean open() {
		return state.open();
	}
}
