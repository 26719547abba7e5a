package nl.veiligheidshuis.identity;

import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Page login at the OIDC provider: authorization code flow with PKCE (also for a confidential client),
 * the user's roles and organisation from the token claims ({@link OidcUsers}). Does nothing while no
 * provider is configured. A refused user (no known role or organisation) returns to the login page with
 * a Dutch message; any other failure with another.
 */
@Component
@EnableConfigurationProperties(OidcProperties.class)
class OidcLogin {

	/** Login page parameter: the provider knows the user, the house does not. */
	static final String REFUSED_PARAMETER = "geweigerd";
	/** Login page parameter: the login at the provider failed otherwise. */
	static final String FAILED_PARAMETER = "oidc-fout";

	private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);
	private static final String REFUSED = "vh_refused";

	private final OidcProperties properties;
	private final OidcUsers users;
	private final ApplicationEventPublisher events;

	OidcLogin(OidcProperties properties, OidcUsers users, ApplicationEventPublisher events) {
		this.properties = properties;
		this.users = users;
		this.events = events;
	}

	boolean enabled() {
		return properties.enabled();
	}

	/** The provider's name for the login button, or null for the generic text. */
	@Nullable
	String providerName() {
		return StringUtils.hasText(properties.providerName()) ? properties.providerName() : null;
	}

	/** Adds OIDC login to the page security chain when a provider is configured. */
	void configure(HttpSecurity http) throws Exception {
		if (!enabled()) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(new DiscoveredRegistration(properties))
			// The access token is not used to call anything; keep it in the session only, not in memory.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(userService()))
			// The provider did every factor it requires; the login is complete (and audited) here.
			.successHandler((request, response, authentication) -> {
				if (authentication.getPrincipal() instanceof SignedInUser user) {
					events.publishEvent(new LoginCompleted(user));
				}
				response.sendRedirect(request.getContextPath() + "/");
			})
			.failureHandler((request, response, exception) -> {
				boolean refused = exception instanceof OAuth2AuthenticationException oauth
						&& REFUSED.equals(oauth.getError().getErrorCode());
				if (!refused) {
					log.warn("Inloggen bij de OIDC-provider mislukt: {}", exception.getMessage());
				}
				response.sendRedirect(request.getContextPath() + "/login?"
						+ (refused ? REFUSED_PARAMETER : FAILED_PARAMETER));
			}));
	}

	private OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser user = standard.loadUser(request);
			return users.fromClaims(user.getClaims(), user.getIdToken(), user.getUserInfo())
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(REFUSED)));
		};
	}

	/**
	 * The one client registration, read from the provider's discovery document on first use rather than
	 * at start: the application (and local login) starts while the provider is down, and tries again on
	 * the next login.
	 */
	private static final class DiscoveredRegistration implements ClientRegistrationRepository {

		private final OidcProperties properties;
		private final ReentrantLock lock = new ReentrantLock();
		private volatile @Nullable ClientRegistration registration;

		DiscoveredRegistration(OidcProperties properties) {
			this.properties = properties;
		}

		@Override
		public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
			if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
				return null;
			}
			ClientRegistration found = registration;
			if (found != null) {
				return found;
			}
			lock.lock();
			try {
				if (registration == null) {
					registration = discover();
				}
				return registration;
			}
			finally {
				lock.unlock();
			}
		}

		private ClientRegistration discover() {
			boolean confidential = StringUtils.hasText(properties.clientSecret());
			return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
				.registrationId(OidcProperties.REGISTRATION_ID)
				.clientId(String.valueOf(properties.clientId()))
				.clientSecret(confidential ? properties.clientSecret() : null)
				.clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
						: ClientAuthenticationMethod.NONE)
				.clientName(StringUtils.hasText(properties.providerName()) ? properties.providerName() : "OIDC")
				.scope("openid", "profile")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
				.build();
		}
	}
}
