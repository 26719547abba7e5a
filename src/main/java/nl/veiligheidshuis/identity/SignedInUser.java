package nl.veiligheidshuis.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.UserProfile;

/** The principal of a signed-in user: who they are, for which organisation, in which roles. */
public final class SignedInUser implements UserDetails, CredentialsContainer, UserProfile {

	private final UUID id;
	private final String username;
	private final String displayName;
	private final PartnerOrganisationId organisationId;
	private final String organisationName;
	private final Set<Role> roles;
	private final boolean enabled;
	private @Nullable String passwordHash;

	SignedInUser(UUID id, String username, String displayName, PartnerOrganisationId organisationId,
			String organisationName, Set<Role> roles, boolean enabled, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return id;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The partner organisation the user works for. */
	public PartnerOrganisationId organisationId() {
		return organisationId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public String organisationName() {
		return organisationName;
	}

	@Override
	public boolean administrator() {
		return roles.contains(Role.FUNCTIONAL_ADMINISTRATOR);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The hash is only needed during authentication; it is not kept in the session. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
