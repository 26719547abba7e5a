package nl.veiligheidshuis.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the {@code API-Version} header (Dutch REST API Design Rules, API-57) to every API response,
 * errors included. Runs before security, so a 401 carries it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiVersionHeader extends OncePerRequestFilter {

	static final String HEADER = "API-Version";

	private final String version;

	ApiVersionHeader(@Value("${vh.api.version}") String version) {
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiPaths.isApiRequest(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, version);
		chain.doFilter(request, response);
	}
}
