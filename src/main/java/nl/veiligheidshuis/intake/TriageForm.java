package nl.veiligheidshuis.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A triage decision as the secretariat fills it in: the form of the referral page and the JSON body of
 * {@code POST /api/v1/referrals/{referralId}/decision}. The outcome is a decided status; referring
 * elsewhere names to whom. Every decision needs its reason.
 */
@TriageForm.Complete
public class TriageForm {

	@NotNull(message = "{triage.outcome.required}")
	private @Nullable ReferralStatus outcome;

	@NotBlank(message = "{triage.reason.required}")
	@Size(max = ReferralForm.LONG_TEXT, message = "{validation.size}")
	private @Nullable String reason;

	@Size(max = ReferralForm.SHORT_TEXT, message = "{validation.size}")
	private @Nullable String referredTo;

	TriageDecision toDecision() {
		if (reason == null || outcome == null) {
			throw new IllegalStateException("The form was not validated");
		}
		return switch (outcome) {
			case ACCEPTED -> new TriageDecision.Accept(reason);
			case REFERRED_ELSEWHERE -> new TriageDecision.ReferElsewhere(referredTo == null ? "" : referredTo, reason);
			case REJECTED -> new TriageDecision.Reject(reason);
			case OPEN -> throw new IllegalStateException("Open is not a decision");
		};
	}

	public @Nullable ReferralStatus getOutcome() {
		return outcome;
	}

	public void setOutcome(@Nullable ReferralStatus outcome) {
		this.outcome = outcome;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getReferredTo() {
		return referredTo;
	}

	public void setReferredTo(@Nullable String referredTo) {
		this.referredTo = referredTo;
	}

	/** The outcome is a decision (not "open"), and referring elsewhere says to whom. */
	@Documented
	@Constraint(validatedBy = CompleteCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Complete {

		String message() default "{triage.outcome.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class CompleteCheck implements ConstraintValidator<Complete, TriageForm> {

		@Override
		public boolean isValid(TriageForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			if (form.outcome == ReferralStatus.OPEN) {
				return ReferralRules.violation(context, "outcome", "{triage.outcome.required}");
			}
			if (form.outcome == ReferralStatus.REFERRED_ELSEWHERE && ReferralForm.blank(form.referredTo) == null) {
				return ReferralRules.violation(context, "referredTo", "{triage.referredTo.required}");
			}
			return true;
		}
	}
}
