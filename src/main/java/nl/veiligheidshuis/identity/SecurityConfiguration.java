package nl.veiligheidshuis.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.veiligheidshuis.platform.ApiPaths;

/**
 * Who may reach what. Pages need a signed-in user (form login for now; the Identity issue adds TOTP and
 * OIDC); the API needs an authenticated caller and answers 401/403 as problem+json. Public: the
 * OpenAPI document, the health probe, static assets and the login page. Prometheus metrics need a
 * functional administrator. The filter chains exist only in a web application: the command-line tasks
 * ({@code audit verify}) run without a web server.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** bcrypt by default, with the {id} prefix so the Identity issue can move to Argon2 without a reset. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationResponses problems) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(ApiPaths.V1 + "/openapi.json").permitAll()
				.requestMatchers(HttpMethod.PUT, ApiPaths.V1 + "/house").hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			// The API is used with credentials on every request, never with a browser session cookie.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
				.anyRequest().hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name()))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
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
