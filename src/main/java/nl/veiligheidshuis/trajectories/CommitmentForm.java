package nl.veiligheidshuis.trajectories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An owner partner's answer to a commitment request: the commitment page's form and the JSON body of
 * {@code POST /api/v1/interventions/{interventionId}/commitment}. Confirm, or propose another start date.
 */
@CommitmentForm.Complete
public class CommitmentForm {

	/** The two answers; labels {@code trajectory.commitment.answer.<NAME>}. */
	public enum Answer {
		/** We can deliver on the planned start. */
		CONFIRM,
		/** We can deliver from another date. */
		PROPOSE_OTHER_START
	}

	@NotNull(message = "{trajectory.commitment.answer.required}")
	private @Nullable Answer answer;
	private @Nullable LocalDate proposedStart;
	@Size(max = InterventionForm.MAX_DESCRIPTION, message = "{validation.size}")
	private @Nullable String note;

	public @Nullable Answer getAnswer() {
		return answer;
	}

	public void setAnswer(@Nullable Answer answer) {
		this.answer = answer;
	}

	public @Nullable LocalDate getProposedStart() {
		return proposedStart;
	}

	public void setProposedStart(@Nullable LocalDate proposedStart) {
		this.proposedStart = proposedStart;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	/** A counter-proposal names its date. */
	@Documented
	@Constraint(validatedBy = CompleteCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Complete {

		String message() default "{trajectory.commitment.proposedStart.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class CompleteCheck implements ConstraintValidator<Complete, CommitmentForm> {

		@Override
		public boolean isValid(CommitmentForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			if (form.answer == Answer.PROPOSE_OTHER_START && form.proposedStart == null) {
				return StartForm.violation(context, "proposedStart", "{trajectory.commitment.proposedStart.required}");
			}
			return true;
		}
	}
}
