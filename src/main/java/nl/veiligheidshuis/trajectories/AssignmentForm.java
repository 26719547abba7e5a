package nl.veiligheidshuis.trajectories;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * (Re)assignment of a trajectory: the dossier page's form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/assignment}. {@code version} is the version the user saw.
 */
public class AssignmentForm {

	@NotNull(message = "{trajectory.assign.manager.required}")
	private @Nullable UUID interventionManagerId;
	@Size(max = StartForm.MAX_REASON, message = "{validation.size}")
	private @Nullable String reason;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable UUID getInterventionManagerId() {
		return interventionManagerId;
	}

	public void setInterventionManagerId(@Nullable UUID interventionManagerId) {
		this.interventionManagerId = interventionManagerId;
	}

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
