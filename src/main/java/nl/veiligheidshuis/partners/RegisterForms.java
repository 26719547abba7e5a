package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms of the register pages. Beans rather than records: Thymeleaf's {@code th:field} reads form
 * values through JavaBean getters.
 */
final class RegisterForms {

	private RegisterForms() {
	}

	/** The kind of a partner and its presence in the house: in the forms of a new and an existing partner. */
	public static class PartnerKindForm {

		@NotNull(message = "{validation.required}")
		private @Nullable PartnerType type;

		@NotNull(message = "{validation.required}")
		private @Nullable Presence presence = Presence.REMOTE;

		public @Nullable PartnerType getType() {
			return type;
		}

		public void setType(@Nullable PartnerType type) {
			this.type = type;
		}

		public @Nullable Presence getPresence() {
			return presence;
		}

		public void setPresence(@Nullable Presence presence) {
			this.presence = presence;
		}
	}

	/** A new partner organisation. */
	public static class PartnerForm extends PartnerKindForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.size}")
		private String name = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}

	/** What the register says about an existing partner besides its name. */
	public static class PartnerEditForm extends PartnerKindForm {

		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate activeFrom;

		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate activeTo;

		static PartnerEditForm of(PartnerDetails partner) {
			PartnerEditForm form = new PartnerEditForm();
			form.setType(partner.organisation().type());
			form.setPresence(partner.presence());
			form.activeFrom = partner.activeFrom();
			form.activeTo = partner.activeTo();
			return form;
		}

		public @Nullable LocalDate getActiveFrom() {
			return activeFrom;
		}

		public void setActiveFrom(@Nullable LocalDate activeFrom) {
			this.activeFrom = activeFrom;
		}

		public @Nullable LocalDate getActiveTo() {
			return activeTo;
		}

		public void setActiveTo(@Nullable LocalDate activeTo) {
			this.activeTo = activeTo;
		}
	}

	/** An accession declaration; the signed declaration itself is the multipart field {@code declaration}. */
	public static class AccessionForm {

		@Size(max = 200, message = "{validation.size}")
		private String representative = "";

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate approvedOn;

		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate signedOn;

		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate effectiveFrom;

		public String getRepresentative() {
			return representative;
		}

		public void setRepresentative(String representative) {
			this.representative = representative;
		}

		public @Nullable LocalDate getApprovedOn() {
			return approvedOn;
		}

		public void setApprovedOn(@Nullable LocalDate approvedOn) {
			this.approvedOn = approvedOn;
		}

		public @Nullable LocalDate getSignedOn() {
			return signedOn;
		}

		public void setSignedOn(@Nullable LocalDate signedOn) {
			this.signedOn = signedOn;
		}

		public @Nullable LocalDate getEffectiveFrom() {
			return effectiveFrom;
		}

		public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
			this.effectiveFrom = effectiveFrom;
		}
	}

	/** A contact person at a partner. */
	public static class ContactForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.size}")
		private String contactName = "";

		@Size(max = 40, message = "{validation.size}")
		private String phone = "";

		@Email(message = "{validation.email}")
		@Size(max = 200, message = "{validation.size}")
		private String email = "";

		@Size(max = 200, message = "{validation.size}")
		private String subject = "";

		public String getContactName() {
			return contactName;
		}

		public void setContactName(String contactName) {
			this.contactName = contactName;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}
	}

	/** The population of a municipality in a year. */
	public static class PopulationForm {

		@NotNull(message = "{validation.required}")
		private @Nullable UUID municipalityId;

		@NotNull(message = "{validation.required}")
		@Min(value = 1900, message = "{validation.min}")
		@Max(value = 2200, message = "{validation.max}")
		private @Nullable Integer year;

		@NotNull(message = "{validation.required}")
		@Min(value = 0, message = "{validation.min}")
		@Max(value = 10_000_000, message = "{validation.max}")
		private @Nullable Integer population;

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate countedOn;

		@Size(max = 200, message = "{validation.size}")
		private String source = "";

		public @Nullable UUID getMunicipalityId() {
			return municipalityId;
		}

		public void setMunicipalityId(@Nullable UUID municipalityId) {
			this.municipalityId = municipalityId;
		}

		public @Nullable Integer getYear() {
			return year;
		}

		public void setYear(@Nullable Integer year) {
			this.year = year;
		}

		public @Nullable Integer getPopulation() {
			return population;
		}

		public void setPopulation(@Nullable Integer population) {
			this.population = population;
		}

		public @Nullable LocalDate getCountedOn() {
			return countedOn;
		}

		public void setCountedOn(@Nullable LocalDate countedOn) {
			this.countedOn = countedOn;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}
	}

	/** A room or flex desk. */
	public static class RoomForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 100, message = "{validation.size}")
		private String name = "";

		@NotNull(message = "{validation.required}")
		private @Nullable RoomKind kind;

		@NotNull(message = "{validation.required}")
		@Min(value = 1, message = "{validation.min}")
		@Max(value = 500, message = "{validation.max}")
		private @Nullable Integer capacity;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public @Nullable RoomKind getKind() {
			return kind;
		}

		public void setKind(@Nullable RoomKind kind) {
			this.kind = kind;
		}

		public @Nullable Integer getCapacity() {
			return capacity;
		}

		public void setCapacity(@Nullable Integer capacity) {
			this.capacity = capacity;
		}
	}
}
