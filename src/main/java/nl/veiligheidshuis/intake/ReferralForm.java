package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A referral or signal as a partner professional fills it in: the form of the page and the JSON body of
 * {@code POST /api/v1/referrals}, with the same rules (field constraints here, the rules across fields in
 * {@link ReferralRules}). A bean rather than a record: Thymeleaf's {@code th:field} reads form values
 * through JavaBean getters.
 */
@ReferralRules.Valid
public class ReferralForm {

	static final int LONG_TEXT = 4000;
	static final int SHORT_TEXT = 200;

	@NotNull(message = "{validation.required}")
	private @Nullable ReferralKind kind;

	@Size(max = 20, message = "{validation.size}")
	private @Nullable String bsn;

	@Size(max = SHORT_TEXT, message = "{validation.size}")
	private @Nullable String givenNames;

	@Size(max = 40, message = "{validation.size}")
	private @Nullable String surnamePrefix;

	@NotBlank(message = "{validation.required}")
	@Size(max = SHORT_TEXT, message = "{validation.size}")
	private @Nullable String surname;

	@Past(message = "{referral.dateOfBirth.past}")
	@DateTimeFormat(iso = ISO.DATE)
	private @Nullable LocalDate dateOfBirth;

	@Pattern(regexp = "[MVX]?", message = "{referral.gender.invalid}")
	private @Nullable String gender;

	@Size(max = SHORT_TEXT, message = "{validation.size}")
	private @Nullable String street;

	@Size(max = 20, message = "{validation.size}")
	private @Nullable String houseNumber;

	@Pattern(regexp = "|[1-9][0-9]{3} ?[A-Za-z]{2}", message = "{referral.postalCode.invalid}")
	private @Nullable String postalCode;

	@Size(max = SHORT_TEXT, message = "{validation.size}")
	private @Nullable String city;

	@NotEmpty(message = "{referral.targetGroups.required}")
	private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

	@NotBlank(message = "{validation.required}")
	@Size(max = LONG_TEXT, message = "{validation.size}")
	private @Nullable String reason;

	@Size(max = LONG_TEXT, message = "{validation.size}")
	private @Nullable String goal;

	private List<UUID> proposedParticipants = new ArrayList<>();

	@NotNull(message = "{referral.personInformed.required}")
	private @Nullable Boolean personInformed;

	@Size(max = LONG_TEXT, message = "{validation.size}")
	private @Nullable String notInformedReason;

	/** The validated form as the service takes it; blank fields become absent. */
	ReferralSubmission toSubmission() {
		if (kind == null || surname == null || reason == null || personInformed == null) {
			throw new IllegalStateException("The form was not validated");
		}
		return new ReferralSubmission(kind, blank(bsn), blank(givenNames), blank(surnamePrefix), surname.strip(),
				dateOfBirth, blank(gender), blank(street), blank(houseNumber), blank(postalCode), blank(city), targetGroups,
				reason.strip(), blank(goal), proposedParticipants.stream().distinct().toList(), personInformed,
				personInformed ? null : blank(notInformedReason));
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public @Nullable ReferralKind getKind() {
		return kind;
	}

	public void setKind(@Nullable ReferralKind kind) {
		this.kind = kind;
	}

	public @Nullable String getBsn() {
		return bsn;
	}

	public void setBsn(@Nullable String bsn) {
		this.bsn = bsn;
	}

	public @Nullable String getGivenNames() {
		return givenNames;
	}

	public void setGivenNames(@Nullable String givenNames) {
		this.givenNames = givenNames;
	}

	public @Nullable String getSurnamePrefix() {
		return surnamePrefix;
	}

	public void setSurnamePrefix(@Nullable String surnamePrefix) {
		this.surnamePrefix = surnamePrefix;
	}

	public @Nullable String getSurname() {
		return surname;
	}

	public void setSurname(@Nullable String surname) {
		this.surname = surname;
	}

	public @Nullable LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public @Nullable String getGender() {
		return gender;
	}

	public void setGender(@Nullable String gender) {
		this.gender = gender;
	}

	public @Nullable String getStreet() {
		return street;
	}

	public void setStreet(@Nullable String street) {
		this.street = street;
	}

	public @Nullable String getHouseNumber() {
		return houseNumber;
	}

	public void setHouseNumber(@Nullable String houseNumber) {
		this.houseNumber = houseNumber;
	}

	public @Nullable String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public Set<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(@Nullable Set<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups == null ? EnumSet.noneOf(TargetGroup.class) : targetGroups;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getGoal() {
		return goal;
	}

	public void setGoal(@Nullable String goal) {
		this.goal = goal;
	}

	public List<UUID> getProposedParticipants() {
		return proposedParticipants;
	}

	public void setProposedParticipants(@Nullable List<UUID> proposedParticipants) {
		this.proposedParticipants = proposedParticipants == null ? new ArrayList<>() : proposedParticipants;
	}

	public @Nullable Boolean getPersonInformed() {
		return personInformed;
	}

	public void setPersonInformed(@Nullable Boolean personInformed) {
		this.personInformed = personInformed;
	}

	public @Nullable String getNotInformedReason() {
		return notInformedReason;
	}

	public void setNotInformedReason(@Nullable String notInformedReason) {
		this.notInformedReason = notInformedReason;
	}
}
