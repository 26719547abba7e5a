package nl.veiligheidshuis.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.RegisterEditors;

/**
 * Who may reach what. Pages need a fully signed-in user: password and, outside demo mode, a TOTP code,
 * or an OIDC login when a provider is configured ({@link OidcLogin}; the provider does the second
 * factor). The API and metrics need a bearer token ({@link ApiAuthentication}) and answer 401/403 as
 * problem+json. Public: the OpenAPI document, the health probe, static assets and the login page.
 * Prometheus metrics need a functional administrator. Every response carries the same strict security
 * headers. The filter chains exist only in a web application: the command-line tasks
 * ({@code audit verify}) run without a web server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Who may change the register of the house (partners, covenants, municipalities, rooms). */
	private static final String[] REGISTER_EDITORS = RegisterEditors.ROLES.stream().sorted().toArray(String[]::new);

	/** Who may search the person registry and open person pages (which persons: the persons module's policy). */
	private static final String[] PERSON_READERS = { Role.INTERVENTION_MANAGER.name(), Role.HOUSE_MANAGER.name(),
			Role.SECRETARIAT.name(), Role.PARTNER_PROFESSIONAL.name() };

	/** Who may read the steering-group reports, indicators and finance (aggregates only, no personal data). */
	private static final String[] REPORT_READERS = { Role.HOUSE_MANAGER.name(), Role.SECRETARIAT.name(),
			Role.STEERING_GROUP_MEMBER.name() };

	/** Who may change indicators, charges and other reporting and finance data. */
	private static final String[] REPORT_EDITORS = { Role.HOUSE_MANAGER.name(), Role.SECRETARIAT.name() };

	/**
	 * The pages a member of the steering group (who sees aggregates only) may reach besides reporting and
	 * finance; every other page answers 404 to them, as if it did not exist.
	 */
	private static final String[] STEERING_GROUP_PAGES = { "/", "/profiel", "/profiel/**", "/logout" };

	/** A path with a record's id (a UUID) in it. */
	private static final java.util.regex.Pattern RECORD_PATH = java.util.regex.Pattern
		.compile("/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(/|$)");

	/** Signed in with every factor: not anonymous, not halfway through the second factor. */
	static final AuthorizationManager<Object> FULLY_SIGNED_IN = (authentication, object) -> {
		Authentication current = authentication.get();
		return new AuthorizationDecision(current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken)
				&& !(current instanceof SecondFactorPendingAuthentication));
	};

	/** Refused requests become events, so the privacy module can audit every denied attempt. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	/** bcrypt by default, with the {id} prefix so the hash algorithm can be upgraded without a reset. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationResponses problems,
			ApiAuthentication bearerTokens) throws Exception {
		bearerTokens.configure(http, problems);
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(ApiPaths.V1 + "/openapi.json").permitAll()
				.requestMatchers(HttpMethod.PUT, ApiPaths.V1 + "/house").hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name())
				// The person registry: the house's own roles and partner professionals (whom they see: persons module).
				.requestMatchers(ApiPaths.V1 + "/persons/**", ApiPaths.V1 + "/known-person-checks").hasAnyRole(PERSON_READERS)
				.requestMatchers(HttpMethod.GET, ApiPaths.V1 + "/reports/**", ApiPaths.V1 + "/indicators",
						ApiPaths.V1 + "/finance/**")
				.hasAnyRole(REPORT_READERS)
				.requestMatchers(ApiPaths.V1 + "/reports/**", ApiPaths.V1 + "/indicators/**", ApiPaths.V1 + "/finance/**")
				.hasAnyRole(REPORT_EDITORS)
				.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			// The API is used with credentials on every request, never with a browser session cookie.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
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
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, LoginFlow loginFlow, OidcLogin oidcLogin, Clock clock,
			@Value("${vh.security.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
		oidcLogin.configure(http);
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/error", "/error/**").permitAll()
				.requestMatchers("/login").permitAll()
				// A calendar app fetches the agenda feed by its secret address (no session); the agenda checks the secret.
				.requestMatchers(HttpMethod.GET, "/agenda/abonnement.ics").permitAll()
				.requestMatchers(LoginFlow.SECOND_FACTOR_PATH, LoginFlow.ENROL_PATH)
				.hasAuthority(SecondFactorPendingAuthentication.AUTHORITY)
				.requestMatchers("/beheer", "/beheer/**").hasRole(Role.FUNCTIONAL_ADMINISTRATOR.name())
				.requestMatchers(HttpMethod.GET, "/rapportages", "/rapportages/**", "/financien", "/financien/**")
				.hasAnyRole(REPORT_READERS)
				.requestMatchers("/rapportages", "/rapportages/**", "/financien", "/financien/**").hasAnyRole(REPORT_EDITORS)
				.requestMatchers(STEERING_GROUP_PAGES).access(FULLY_SIGNED_IN)
				// A page about one record (its id in the path) refuses them itself, with 404 and — for a dossier — a
				// refusal audited for the client; the door refuses every other page.
				.requestMatchers(request -> steeringGroupOnly() && !RECORD_PATH.matcher(request.getRequestURI()).find())
				.denyAll()
				.requestMatchers("/personen", "/personen/**").hasAnyRole(PERSON_READERS)
				// The register of the house: everyone signed in reads it, the administrator and house manager change it.
				.requestMatchers("/partners/nieuw", "/privacyconvenanten/nieuw").hasAnyRole(REGISTER_EDITORS)
				.requestMatchers(HttpMethod.POST, "/partners", "/partners/**", "/privacyconvenanten", "/privacyconvenanten/**")
				.hasAnyRole(REGISTER_EDITORS)
				.anyRequest().access(FULLY_SIGNED_IN))
			.securityContext(context -> context.securityContextRepository(loginFlow.contextRepository()))
			.formLogin(form -> form.loginPage("/login").successHandler(loginFlow).failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"))
			.addFilterAfter(new AbsoluteSessionTimeout(absoluteTimeout, clock), SecurityContextHolderFilter.class)
			.headers(SecurityConfiguration::securityHeaders)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(pageAccessDenied()))
			.build();
	}

	/** Signed in with the steering-group role and no other: aggregates only (DESIGN.md §4, issue 10). */
	static boolean steeringGroupOnly() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !current.isAuthenticated() || current instanceof SecondFactorPendingAuthentication) {
			return false;
		}
		var authorities = current.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> a.startsWith("ROLE_"))
			.toList();
		return !authorities.isEmpty() && authorities.stream().allMatch(Role.STEERING_GROUP_MEMBER.authority()::equals);
	}

	/**
	 * A user halfway through the login is sent back to the second factor; a steering-group member gets 404 (they
	 * are not told that a dossier or person page exists); anyone else gets the 403 page.
	 */
	private static AccessDeniedHandler pageAccessDenied() {
		return (request, response, denied) -> {
			if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPendingAuthentication) {
				response.sendRedirect(request.getContextPath() + LoginFlow.SECOND_FACTOR_PATH);
			}
			else if (steeringGroupOnly()) {
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
			else {
				response.sendError(HttpStatus.FORBIDDEN.value());
			}
		};
	}

	static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			// On every response, not only on HTTPS requests: behind a TLS-terminating proxy the request
			// reaches us as plain HTTP, and a browser ignores the header on a plain-HTTP page anyway.
			.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(31_536_000)
				.includeSubDomains(true));
	}
}
