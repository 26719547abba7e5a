package nl.veiligheidshuis.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * The rules of a referral that span fields or need the register, reported on the field they concern so
 * that the page shows each message at its field and the API lists each field: a BSN given passes the
 * 11-test; without a valid BSN the date of birth is needed to find the person; a referral (not a signal) states
 * its goal; a person who was not informed needs the reason why; proposed participants are partners of
 * the register.
 */
final class ReferralRules implements ConstraintValidator<ReferralRules.Valid, ReferralForm> {

	@Documented
	@Constraint(validatedBy = ReferralRules.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Valid {

		String message() default "{validation.required}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};
	}

	private final OrganisationDirectory organisations;

	ReferralRules(OrganisationDirectory organisations) {
		this.organisations = organisations;
	}

	@Override
	public boolean isValid(ReferralForm form, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		String bsn = ReferralForm.blank(form.getBsn());
		if (bsn != null && !Persons.isValidBsn(bsn)) {
			valid = violation(context, "bsn", "{referral.bsn.invalid}");
		}
		if (!Persons.isValidBsn(bsn) && form.getDateOfBirth() == null) {
			valid = violation(context, "dateOfBirth", "{referral.dateOfBirth.required}");
		}
		if (form.getKind() == ReferralKind.REFERRAL && ReferralForm.blank(form.getGoal()) == null) {
			valid = violation(context, "goal", "{referral.goal.required}");
		}
		if (Boolean.FALSE.equals(form.getPersonInformed()) && ReferralForm.blank(form.getNotInformedReason()) == null) {
			valid = violation(context, "notInformedReason", "{referral.notInformedReason.required}");
		}
		if (!form.getProposedParticipants().isEmpty()) {
			Set<UUID> known = organisations.all().stream().map(OrganisationDirectory.Organisation::id)
				.collect(Collectors.toSet());
			if (!known.containsAll(form.getProposedParticipants())) {
				valid = violation(context, "proposedParticipants", "{referral.proposedParticipants.unknown}");
			}
		}
		return valid;
	}

	/** Reports a message at a field of the form; always false, so a rule can say {@code valid = violation(…)}. */
	static boolean violation(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}
}
