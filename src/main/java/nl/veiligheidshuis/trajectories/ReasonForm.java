package nl.veiligheidshuis.trajectories;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A step that needs a reason in words: the client refuses the offer, or drops out of execution. Page form and
 * JSON body.
 */
public class ReasonForm {

	@NotBlank(message = "{trajectory.reason.required}")
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
