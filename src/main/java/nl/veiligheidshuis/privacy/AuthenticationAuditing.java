package nl.veiligheidshuis.privacy;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.identity.LoginCompleted;
import nl.veiligheidshuis.identity.SecondFactorRejected;
import nl.veiligheidshuis.identity.SignedInUser;

/**
 * Audits logins (once every required factor is given), failed logins (wrong password, wrong or replayed
 * TOTP code, refused token), logouts and refused requests of signed-in users. A failed login keeps the
 * user name as typed and does not look it up, so the log does not tell whether that account exists.
 * API calls are not logins: they are audited by what they read or change.
 */
@Component
class AuthenticationAuditing {

	static final String OBJECT_TYPE = "user-account";

	private final AuditLog auditLog;

	AuthenticationAuditing(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void loggedIn(LoginCompleted event) {
		AuditActor actor = AuditActor.of(event.user());
		auditLog.record(AuditEntry.of(AuditAction.LOGIN, ProcessingPurpose.AUTHENTICATION, OBJECT_TYPE, actor.id())
			.by(actor));
	}

	@EventListener
	void secondFactorRejected(SecondFactorRejected event) {
		AuditActor actor = AuditActor.of(event.user());
		auditLog.record(AuditEntry.of(AuditAction.LOGIN_FAILED, ProcessingPurpose.AUTHENTICATION, OBJECT_TYPE, actor.id())
			.withResult(AuditResult.DENIED)
			.by(actor));
	}

	/** A signed-in user refused a page or call: recorded with the path (paths hold no personal data). */
	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		String object = event.getSource() instanceof HttpServletRequest request ? request.getRequestURI()
				: String.valueOf(event.getSource().getClass().getSimpleName());
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.AUTHENTICATION, "request", object)
			.withResult(AuditResult.DENIED)
			.by(AuditActor.of(user)));
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
