package nl.veiligheidshuis.trajectories;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A step on the plan that needs only the version the user saw and perhaps a reason: to the partner check,
 * back to planning, an intervention out of the plan. Page form and JSON body.
 */
public class PlanStepForm {

	@Size(max = StartForm.MAX_REASON, message = "{validation.size}")
	private @Nullable String reason;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
