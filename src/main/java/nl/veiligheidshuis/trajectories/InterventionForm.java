package nl.veiligheidshuis.trajectories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A new intervention of the plan: the plan page's form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/plan/interventions}. {@code version} is the trajectory
 * version the user saw; the type defaults to "other".
 */
@InterventionForm.Dates
public class InterventionForm {

	static final int MAX_DESCRIPTION = 2000;

	@NotBlank(message = "{trajectory.intervention.description.required}")
	@Size(max = MAX_DESCRIPTION, message = "{validation.size}")
	private @Nullable String description;
	@NotNull(message = "{trajectory.intervention.lifeDomain.required}")
	private @Nullable LifeDomain lifeDomain;
	private @Nullable InterventionType type;
	@NotNull(message = "{trajectory.intervention.kind.required}")
	private @Nullable InterventionKind kind;
	@NotNull(message = "{trajectory.intervention.owner.required}")
	private @Nullable UUID ownerPartnerId;
	@NotNull(message = "{trajectory.intervention.plannedStart.required}")
	private @Nullable LocalDate plannedStart;
	private @Nullable LocalDate plannedEnd;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable LifeDomain getLifeDomain() {
		return lifeDomain;
	}

	public void setLifeDomain(@Nullable LifeDomain lifeDomain) {
		this.lifeDomain = lifeDomain;
	}

	public @Nullable InterventionType getType() {
		return type;
	}

	public void setType(@Nullable InterventionType type) {
		this.type = type;
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

	public @Nullable LocalDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(@Nullable LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public @Nullable LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public void setPlannedEnd(@Nullable LocalDate plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	/** The planned end, when given, is not before the start. */
	@Documented
	@Constraint(validatedBy = DatesCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Dates {

		String message() default "{trajectory.intervention.plannedEnd.beforeStart}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class DatesCheck implements ConstraintValidator<Dates, InterventionForm> {

		@Override
		public boolean isValid(InterventionForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			if (form.plannedStart != null && form.plannedEnd != null && form.plannedEnd.isBefore(form.plannedStart)) {
				return StartForm.violation(context, "plannedEnd", "{trajectory.intervention.plannedEnd.beforeStart}");
			}
			return true;
		}
	}
}
