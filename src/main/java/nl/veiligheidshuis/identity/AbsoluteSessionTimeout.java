package nl.veiligheidshuis.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it is (default 12 hours): a stolen session
 * cookie is not valid for ever. The idle timeout (15 minutes) is the session store's own.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private final Duration maximum;
	private final Clock clock;

	AbsoluteSessionTimeout(Duration maximum, Clock clock) {
		this.maximum = maximum;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && clock.millis() - session.getCreationTime() > maximum.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?verlopen");
			return;
		}
		chain.doFilter(request, response);
	}
}
