package nl.veiligheidshuis.trajectories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Closure of a trajectory: the dossier page's form and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/closure}. A reason of the list; "other" needs words.
 */
@ClosureForm.Complete
public class ClosureForm {

	@NotNull(message = "{trajectory.close.reason.required}")
	private @Nullable ClosureReason reason;
	@Size(max = StartForm.MAX_REASON, message = "{validation.size}")
	private @Nullable String explanation;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable ClosureReason getReason() {
		return reason;
	}

	public void setReason(@Nullable ClosureReason reason) {
		this.reason = reason;
	}

	public @Nullable String getExplanation() {
		return explanation;
	}

	public void setExplanation(@Nullable String explanation) {
		this.explanation = explanation;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	/** "Other" states the reason in words. */
	@Documented
	@Constraint(validatedBy = CompleteCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Complete {

		String message() default "{trajectory.close.explanation.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class CompleteCheck implements ConstraintValidator<Complete, ClosureForm> {

		@Override
		public boolean isValid(ClosureForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			if (form.reason == ClosureReason.OTHER && (form.explanation == null || form.explanation.isBlank())) {
				return StartForm.violation(context, "explanation", "{trajectory.close.explanation.required}");
			}
			return true;
		}
	}
}
