package nl.veiligheidshuis.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.veiligheidshuis.platform.ApiPaths;

/**
 * Who may reach what. Pages need a signed-in user (form login, or OIDC login when a provider is
 * configured: {@link OidcLogin}); the API and metrics need a bearer token ({@link ApiAuthentication})
 * and answer 401/403 as problem+json. Public: the
 * OpenAPI document, the health probe, static assets and the login page. Prometheus metrics need a
 * functional administrator.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** bcrypt by default, with the {id} prefix so the Identity issue can move to Argon2 without a reset. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationResponses problems,
			ApiAuthentication bearerTokens) throws Exception {
		bearerTokens.configure(http, problems);
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(ApiPaths.V1 + "/openapi.json").permitAll()
				.requestMatchers(HttpMethod.PUT, ApiPaths.V1 + "/house").hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name())
				.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			// The API is used with credentials on every request, never with a browser session cookie.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemAuthenticationResponses problems,
			ApiAuthentication bearerTokens) throws Exception {
		// Scrapers use a personal API token of a functional administrator, like any API client.
		bearerTokens.configure(http, problems);
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
				.anyRequest().hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, OidcLogin oidcLogin) throws Exception {
		oidcLogin.configure(http);
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/error", "/error/**").permitAll()
				.requestMatchers("/login").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
								+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
					(request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value()),
					request -> true))
			.build();
	}
}
