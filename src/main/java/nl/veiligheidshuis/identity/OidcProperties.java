package nl.veiligheidshuis.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The OIDC provider (Keycloak or another): page login with the authorization code flow and PKCE, and
 * bearer JWTs on the API. Off while {@code issuerUri} is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document gives every endpoint
 * @param clientId the client of this application at the provider (page login)
 * @param clientSecret that client's secret; empty for a public client
 * @param providerName the name on the login button ("Inloggen met …"); empty: a generic Dutch text
 * @param rolesClaim the claim with the user's roles, values {@link Role} names; dots walk into objects
 * @param organisationClaim the claim with the name of the user's partner organisation
 * @param audience when set, a bearer JWT must name it in {@code aud}
 */
@ConfigurationProperties("vh.oidc")
record OidcProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
		@Nullable String providerName, @Nullable String rolesClaim, @Nullable String organisationClaim,
		@Nullable String audience) {

	/** The registration id, part of the redirect URI {@code /login/oauth2/code/oidc} to enter at the provider. */
	static final String REGISTRATION_ID = "oidc";

	boolean enabled() {
		return StringUtils.hasText(issuerUri);
	}

	String roles() {
		return StringUtils.hasText(rolesClaim) ? rolesClaim : "vh_roles";
	}

	String organisation() {
		return StringUtils.hasText(organisationClaim) ? organisationClaim : "vh_organisation";
	}
}
