package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An intervention started, was completed or stopped, with its dates: page form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/interventions/{interventionId}/status}. A start needs
 * {@code startedOn}; completion and stop need {@code endedOn}.
 */
public class InterventionStatusForm {

	@NotNull(message = "{trajectory.intervention.status.required}")
	private @Nullable InterventionStatus status;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startedOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endedOn;
	@Size(max = StartForm.MAX_REASON, message = "{validation.size}")
	private @Nullable String note;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable InterventionStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable InterventionStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(@Nullable LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(@Nullable LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
