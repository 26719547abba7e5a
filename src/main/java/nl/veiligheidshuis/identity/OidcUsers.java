package nl.veiligheidshuis.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * Turns the claims of an OIDC provider's token into a {@link SignedInUser}: roles from the roles claim
 * (known {@link Role} names; others are ignored), the partner organisation from the organisation claim.
 * A user without a known role or a known organisation gets no principal at all: the provider may know
 * people this house does not.
 */
@Component
class OidcUsers {

	private static final Logger log = LoggerFactory.getLogger(OidcUsers.class);

	private final OidcProperties properties;
	private final PartnerOrganisations partners;

	OidcUsers(OidcProperties properties, PartnerOrganisations partners) {
		this.properties = properties;
		this.partners = partners;
	}

	Optional<SignedInUser> fromClaims(Map<String, Object> claims, @Nullable OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo) {
		String subject = text(claims.get("sub"));
		// The issuer is a URL in an ID token and a string in a JWT.
		String issuer = claims.get("iss") == null ? null : text(String.valueOf(claims.get("iss")));
		if (subject == null || issuer == null) {
			log.info("OIDC-token zonder sub of iss geweigerd");
			return Optional.empty();
		}
		Set<Role> roles = roles(claim(claims, properties.roles()));
		if (roles.isEmpty()) {
			log.info("OIDC-gebruiker {} geweigerd: geen bekende rol in claim {}", subject, properties.roles());
			return Optional.empty();
		}
		String organisation = text(claim(claims, properties.organisation()));
		Optional<PartnerOrganisationId> partner = organisation == null ? Optional.empty() : partners.findByName(organisation);
		if (partner.isEmpty()) {
			log.info("OIDC-gebruiker {} geweigerd: geen bekende partnerorganisatie in claim {}", subject,
					properties.organisation());
			return Optional.empty();
		}
		String username = firstText(claims.get("preferred_username"), subject);
		String displayName = firstText(claims.get("name"), username);
		// A stable id per provider account, without storing anything: the same person gets the same id
		// after each login and in each bearer token.
		UUID id = UUID.nameUUIDFromBytes((issuer + " " + subject).getBytes(StandardCharsets.UTF_8));
		return Optional.of(SignedInUser.ofProvider(id, username, displayName, partner.get(), organisation, roles, claims, idToken,
				userInfo));
	}

	/** A claim by name; a dotted name walks into nested objects, as in Keycloak's {@code realm_access.roles}. */
	private static @Nullable Object claim(Map<String, Object> claims, String name) {
		if (claims.containsKey(name)) {
			return claims.get(name);
		}
		Object value = claims;
		for (String part : name.split("\\.")) {
			if (!(value instanceof Map<?, ?> object)) {
				return null;
			}
			value = object.get(part);
		}
		return value;
	}

	/** A list of role names, or one string of names separated by spaces or commas. */
	private static Set<Role> roles(@Nullable Object claim) {
		Stream<String> names = switch (claim) {
			case Collection<?> values -> values.stream().map(String::valueOf);
			case String value -> Arrays.stream(value.split("[\\s,]+"));
			case null, default -> Stream.empty();
		};
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.map(String::trim).forEach(name -> Arrays.stream(Role.values())
			.filter(role -> role.name().equals(name))
			.forEach(roles::add));
		return roles;
	}

	private static @Nullable String text(@Nullable Object value) {
		return value instanceof String text && !text.isBlank() ? text.strip() : null;
	}

	private static String firstText(@Nullable Object value, String fallback) {
		String text = text(value);
		return text != null ? text : fallback;
	}
}
