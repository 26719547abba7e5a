package nl.veiligheidshuis.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The account form of the functional administrator. A bean rather than a record: Thymeleaf's
 * {@code th:field} reads form values through JavaBean getters.
 */
public class AccountForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[a-z0-9._-]{3,64}", message = "{account.username.pattern}")
	private String username = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.size}")
	private String displayName = "";

	@NotNull(message = "{validation.required}")
	private @Nullable UUID organisationId;

	@NotEmpty(message = "{account.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	/** Only when creating an account; checked against the {@link PasswordPolicy}. */
	private String password = "";

	static AccountForm of(UserAccounts.UserAccountSummary account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.organisationId = account.organisationId();
		form.roles = EnumSet.copyOf(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : account.roles());
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName.strip();
	}

	public @Nullable UUID getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(@Nullable UUID organisationId) {
		this.organisationId = organisationId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
