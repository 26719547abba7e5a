package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The outcome of a measure of pressure or coercion (and the date it ended): page form and JSON body. */
public class MeasureOutcomeForm {

	@NotBlank(message = "{trajectory.escalation.outcome.required}")
	@Size(max = InterventionForm.MAX_DESCRIPTION, message = "{validation.size}")
	private @Nullable String outcome;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable String getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable String outcome) {
		this.outcome = outcome;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
