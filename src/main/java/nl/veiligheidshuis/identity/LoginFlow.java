package nl.veiligheidshuis.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The steps of a local login: after the password, either straight in (no second factor required) or
 * to the TOTP step; a failed password counts towards lock-out.
 */
@Component
class LoginFlow implements AuthenticationSuccessHandler {

	static final String SECOND_FACTOR_PATH = "/login/tweede-factor";
	static final String ENROL_PATH = "/login/tweede-factor/instellen";

	private final UserAccounts accounts;
	private final SecondFactor secondFactor;
	private final ApplicationEventPublisher events;
	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	LoginFlow(UserAccounts accounts, SecondFactor secondFactor, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.events = events;
	}

	SecurityContextRepository contextRepository() {
		return contextRepository;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		if (!secondFactor.required()) {
			complete(user, request, response);
			return;
		}
		save(new SecondFactorPendingAuthentication(user), request, response);
		response.sendRedirect(request.getContextPath() + (secondFactor.enrolled(user) ? SECOND_FACTOR_PATH : ENROL_PATH));
	}

	/** All factors given: a new session id, the full set of roles, and the failure count reset. */
	void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response) throws IOException {
		accounts.recordSuccessfulLogin(user.id());
		events.publishEvent(new LoginCompleted(user));
		request.changeSessionId();
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
		response.sendRedirect(request.getContextPath() + "/");
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedAttempt(event.getAuthentication().getName());
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}
}
