package nl.veiligheidshuis.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * The principal of a signed-in user: who they are, for which organisation, in which roles. The same type
 * for a local account (form login, personal API token) and for a user of the OIDC provider (page login,
 * bearer JWT), so that pages and API code see one kind of user. It is an {@link OidcUser} so that Spring
 * Security's OIDC login can carry it; for a local account the OIDC parts are empty.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, UserProfile, OidcUser {

	private final UUID id;
	private final String username;
	private final String displayName;
	private final PartnerOrganisationId organisationId;
	private final String organisationName;
	private final Set<Role> roles;
	private final boolean enabled;
	private @Nullable String passwordHash;
	private final boolean localAccount;
	private final @Nullable OidcIdToken idToken;
	private final @Nullable OidcUserInfo userInfo;
	private final Map<String, Object> claims;
	/** Locked after too many failed attempts (local accounts only); checked before the password. */
	private boolean locked;

	SignedInUser(UUID id, String username, String displayName, PartnerOrganisationId organisationId,
			String organisationName, Set<Role> roles, boolean enabled, boolean locked, String passwordHash) {
		this(id, username, displayName, organisationId, organisationName, roles, enabled, passwordHash, true, null,
				null, Map.of());
		this.locked = locked;
	}

	private SignedInUser(UUID id, String username, String displayName, PartnerOrganisationId organisationId,
			String organisationName, Set<Role> roles, boolean enabled, @Nullable String passwordHash,
			boolean localAccount, @Nullable OidcIdToken idToken, @Nullable OidcUserInfo userInfo,
			Map<String, Object> claims) {
		this.localAccount = localAccount;
		this.idToken = idToken;
		this.userInfo = userInfo;
		this.claims = Map.copyOf(claims);
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	/**
	 * A user of the OIDC provider, as its token claims describe them; the ID token and user info are
	 * there after a page login and absent for a bearer JWT.
	 */
	static SignedInUser ofProvider(UUID id, String username, String displayName, PartnerOrganisationId organisationId,
			String organisationName, Set<Role> roles, Map<String, Object> claims, @Nullable OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo) {
		return new SignedInUser(id, username, displayName, organisationId, organisationName, roles, true, null, false,
				idToken, userInfo, claims);
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
	public UUID organisation() {
		return organisationId.value();
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

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	/** The hash is only needed during authentication; it is not kept in the session. */
	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	/** Whether this is an account of the house itself (with a password), not one of the OIDC provider. */
	public boolean localAccount() {
		return localAccount;
	}

	@Override
	public Map<String, Object> getClaims() {
		return claims;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return claims;
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public @Nullable OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public String getName() {
		return username;
	}
}
