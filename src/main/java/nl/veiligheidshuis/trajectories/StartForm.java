package nl.veiligheidshuis.trajectories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The start of a trajectory as the house manager fills it in: the forms of the start page and the JSON body
 * of {@code POST /api/v1/trajectories}. Exactly one source — a person on the priority list or an accepted
 * referral — and, for a referral (urgent), the reason it cannot wait.
 */
@StartForm.Complete
public class StartForm {

	static final int MAX_REASON = 1000;

	private @Nullable UUID personId;
	private @Nullable UUID referralId;
	@Size(max = MAX_REASON, message = "{validation.size}")
	private @Nullable String reason;
	private @Nullable TargetGroup targetGroup;
	private List<UUID> partnerIds = new ArrayList<>();

	StartCommand toCommand() {
		if (personId != null) {
			return new StartCommand.FromPriorityList(personId, targetGroup, new HashSet<>(partnerIds));
		}
		if (referralId != null) {
			return new StartCommand.FromUrgentReferral(referralId, reason == null ? "" : reason, targetGroup,
					new HashSet<>(partnerIds));
		}
		throw new IllegalStateException("The form was not validated");
	}

	public @Nullable UUID getPersonId() {
		return personId;
	}

	public void setPersonId(@Nullable UUID personId) {
		this.personId = personId;
	}

	public @Nullable UUID getReferralId() {
		return referralId;
	}

	public void setReferralId(@Nullable UUID referralId) {
		this.referralId = referralId;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable TargetGroup getTargetGroup() {
		return targetGroup;
	}

	public void setTargetGroup(@Nullable TargetGroup targetGroup) {
		this.targetGroup = targetGroup;
	}

	public List<UUID> getPartnerIds() {
		return partnerIds;
	}

	public void setPartnerIds(@Nullable List<UUID> partnerIds) {
		this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds;
	}

	/** One source, and the reason of an urgent start. */
	@Documented
	@Constraint(validatedBy = CompleteCheck.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Complete {

		String message() default "{trajectory.start.source.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	static final class CompleteCheck implements ConstraintValidator<Complete, StartForm> {

		@Override
		public boolean isValid(StartForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (form.personId == null && form.referralId == null) {
				valid = violation(context, "personId", "{trajectory.start.source.required}");
			}
			if (form.personId != null && form.referralId != null) {
				valid = violation(context, "referralId", "{trajectory.start.source.one}");
			}
			if (form.referralId != null && (form.reason == null || form.reason.isBlank())) {
				valid = violation(context, "reason", "{trajectory.start.reason.required}");
			}
			return valid;
		}
	}

	static boolean violation(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}
}
