package nl.veiligheidshuis.privacy;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.identity.SignedInUser;

/**
 * Audits logins, failed logins and logouts from Spring Security's events. Every authentication counts,
 * also the HTTP Basic one of each API call and metrics scrape. A failed login keeps the user name as
 * typed and does not look it up, so the log does not tell whether that account exists.
 */
@Component
class AuthenticationAuditing {

	static final String OBJECT_TYPE = "user-account";

	private final AuditLog auditLog;

	AuthenticationAuditing(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		record(AuditAction.LOGIN, AuditResult.ALLOWED, event.getAuthentication());
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		AuditResult result = event instanceof AuthenticationFailureServiceExceptionEvent ? AuditResult.ERROR
				: AuditResult.DENIED;
		auditLog.record(AuditEntry.of(AuditAction.LOGIN_FAILED, ProcessingPurpose.AUTHENTICATION, OBJECT_TYPE, null)
			.withResult(result)
			.by(AuditActor.unauthenticated(event.getAuthentication().getName())));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		record(AuditAction.LOGOUT, AuditResult.ALLOWED, event.getAuthentication());
	}

	private void record(AuditAction action, AuditResult result, Authentication authentication) {
		AuditActor actor = authentication.getPrincipal() instanceof SignedInUser user ? AuditActor.of(user)
				: AuditActor.unauthenticated(authentication.getName());
		auditLog.record(AuditEntry.of(action, ProcessingPurpose.AUTHENTICATION, OBJECT_TYPE, actor.id())
			.withResult(result)
			.by(actor));
	}
}
