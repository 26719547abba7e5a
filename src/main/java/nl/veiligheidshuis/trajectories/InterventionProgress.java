package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An intervention of the current plan with its status in execution and the dates it started and ended. */
public record InterventionProgress(Intervention intervention, InterventionStatus status, @Nullable LocalDate startedOn,
		@Nullable LocalDate endedOn) {
}
