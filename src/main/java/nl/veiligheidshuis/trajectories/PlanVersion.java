package nl.veiligheidshuis.trajectories;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One version of an intervention plan: its number, what changed, why, when and by whom. */
public record PlanVersion(int number, Change change, @Nullable String reason, OffsetDateTime createdAt, String actorName) {

	/** What made the version; labels {@code trajectory.plan.change.<NAME>}. */
	public enum Change {
		/** An intervention was added. */
		ADDED,
		/** An intervention was taken out. */
		REMOVED,
		/** An owner partner proposed another start; the intervention moved to it. */
		RESCHEDULED
	}
}
