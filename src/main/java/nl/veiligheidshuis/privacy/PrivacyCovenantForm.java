package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A new privacy covenant; the signed document is the multipart field {@code document}. A bean: Thymeleaf's
 * {@code th:field} reads form values through JavaBean getters.
 */
public class PrivacyCovenantForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 300, message = "{validation.size}")
	private String title = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String purposes = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 4000, message = "{validation.size}")
	private String legalBasis = "";

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = ISO.DATE)
	private @Nullable LocalDate validFrom;

	@DateTimeFormat(iso = ISO.DATE)
	private @Nullable LocalDate validTo;

	@NotEmpty(message = "{privacyCovenant.parties.required}")
	private Set<UUID> parties = new LinkedHashSet<>();

	@NotEmpty(message = "{privacyCovenant.targetGroups.required}")
	private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

	/** The categories of data every chosen party may receive (changeable per party afterwards); all by default. */
	private Set<DataCategory> categories = EnumSet.allOf(DataCategory.class);

	public Set<DataCategory> getCategories() {
		return categories;
	}

	public void setCategories(@Nullable Set<DataCategory> categories) {
		this.categories = categories == null ? EnumSet.noneOf(DataCategory.class) : categories;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurposes() {
		return purposes;
	}

	public void setPurposes(String purposes) {
		this.purposes = purposes;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public @Nullable LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(@Nullable LocalDate validTo) {
		this.validTo = validTo;
	}

	public Set<UUID> getParties() {
		return parties;
	}

	public void setParties(Set<UUID> parties) {
		this.parties = parties;
	}

	public Set<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(Set<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups;
	}
}
