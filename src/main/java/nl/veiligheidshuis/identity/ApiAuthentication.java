package nl.veiligheidshuis.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * How API callers (and metrics scrapers) authenticate: {@code Authorization: Bearer …} with either a
 * personal API token ({@code vh_…}, {@link ApiTokens}) or a JWT of the OIDC provider, whose roles and
 * organisation come from the same claims as at page login. Anything else, including an expired, revoked,
 * unknown, malformed or oversized token, is a 401 problem+json; there is no HTTP Basic.
 */
@Component
class ApiAuthentication {

	/**
	 * Longer Authorization headers are refused before any parsing. Below the servlet container's limit
	 * for all headers together (8 KB), and above any sane JWT.
	 */
	static final int MAX_AUTHORIZATION_LENGTH = 6 * 1024;

	private final ApiTokens apiTokens;
	private final @Nullable JwtAuthenticationProvider jwt;

	ApiAuthentication(ApiTokens apiTokens, OidcProperties oidc, OidcUsers users) {
		this.apiTokens = apiTokens;
		this.jwt = oidc.enabled() ? jwtProvider(oidc, users) : null;
	}

	/** Bearer token authentication for a stateless chain; 401 answers come from {@code problems}. */
	void configure(HttpSecurity http, ProblemAuthenticationResponses problems) throws Exception {
		AuthenticationManager manager = this::authenticate;
		http.oauth2ResourceServer(resourceServer -> resourceServer
			.bearerTokenResolver(new LengthLimitedBearerTokenResolver())
			.authenticationManagerResolver(request -> manager)
			.authenticationEntryPoint(problems)
			.accessDeniedHandler(problems));
	}

	private Authentication authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (token.startsWith(ApiTokens.PREFIX)) {
			return apiTokens.authenticate(token)
				.map(ApiCallerAuthentication::new)
				.orElseThrow(() -> new InvalidBearerTokenException("Unknown, expired or revoked API token"));
		}
		if (jwt == null) {
			throw new InvalidBearerTokenException("Not an API token, and no OIDC provider is configured");
		}
		return jwt.authenticate(authentication);
	}

	private static JwtAuthenticationProvider jwtProvider(OidcProperties oidc, OidcUsers users) {
		String issuer = String.valueOf(oidc.issuerUri());
		// The provider's keys are fetched on first use, so the application starts while it is down.
		SupplierJwtDecoder decoder = new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuer);
			if (StringUtils.hasText(oidc.audience())) {
				validator = new DelegatingOAuth2TokenValidator<>(validator, new JwtClaimValidator<java.util.List<String>>(
						"aud", audience -> audience != null && audience.contains(oidc.audience())));
			}
			nimbus.setJwtValidator(validator);
			return nimbus;
		});
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(token -> users.fromClaims(token.getClaims(), null, null)
			.map(ApiCallerAuthentication::new)
			.orElseThrow(() -> new InvalidBearerTokenException("No known role or organisation in the token")));
		return provider;
	}

	private static final class LengthLimitedBearerTokenResolver implements BearerTokenResolver {

		private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

		@Override
		public @Nullable String resolve(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.length() > MAX_AUTHORIZATION_LENGTH) {
				throw new InvalidBearerTokenException("Authorization header too long");
			}
			return standard.resolve(request);
		}
	}
}
