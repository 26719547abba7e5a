package nl.veiligheidshuis.trajectories;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The deficits the intervention manager confirms for an assessment (the proposal, or changed): the plan
 * page's form and the JSON body of {@code POST /api/v1/trajectories/{trajectoryId}/assessments/{assessmentId}/confirmation}.
 */
public class DeficitsForm {

	private List<LifeDomain> deficits = new ArrayList<>();
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public List<LifeDomain> getDeficits() {
		return deficits;
	}

	public void setDeficits(@Nullable List<LifeDomain> deficits) {
		this.deficits = deficits == null ? new ArrayList<>() : new ArrayList<>(deficits);
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
