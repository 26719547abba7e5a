package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A measure of pressure or coercion: page form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/escalations}. The owner is the Public Prosecution Service or a
 * municipality of the partner register.
 */
public class EscalationMeasureForm {

	@NotBlank(message = "{trajectory.escalation.description.required}")
	@Size(max = InterventionForm.MAX_DESCRIPTION, message = "{validation.size}")
	private @Nullable String description;
	@NotNull(message = "{trajectory.escalation.kind.required}")
	private @Nullable InterventionKind kind;
	@NotNull(message = "{trajectory.escalation.owner.required}")
	private @Nullable UUID ownerPartnerId;
	@NotNull(message = "{trajectory.escalation.startsOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;
	@Size(max = InterventionForm.MAX_DESCRIPTION, message = "{validation.size}")
	private @Nullable String outcome;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable InterventionKind getKind() {
		return kind;
	}

	public void setKind(@Nullable InterventionKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getOwnerPartnerId() {
		return ownerPartnerId;
	}

	public void setOwnerPartnerId(@Nullable UUID ownerPartnerId) {
		this.ownerPartnerId = ownerPartnerId;
	}

	public @Nullable LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public @Nullable String getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable String outcome) {
		this.outcome = outcome;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
