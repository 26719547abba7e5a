package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id (taken from a W3C {@code traceparent} header when a proxy sent one),
 * puts it in the log context and the {@code Trace-Id} response header, and logs one structured line per
 * request. The line holds method, path, status and duration; never the query string
 * or body, which may hold personal data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogging extends OncePerRequestFilter {

	static final String TRACE_ID = "traceId";
	static final String TRACE_ID_HEADER = "Trace-Id";

	private static final Logger log = LoggerFactory.getLogger("nl.veiligheidshuis.request");
	private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String traceId = traceIdOf(request);
		long start = System.nanoTime();
		MDC.put(TRACE_ID, traceId);
		response.setHeader(TRACE_ID_HEADER, traceId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			long millis = (System.nanoTime() - start) / 1_000_000;
			log.atInfo()
				.addKeyValue("http.method", request.getMethod())
				.addKeyValue("url.path", request.getRequestURI())
				.addKeyValue("http.status", response.getStatus())
				.addKeyValue("duration.ms", millis)
				.log("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
			MDC.remove(TRACE_ID);
		}
	}

	static String traceIdOf(HttpServletRequest request) {
		String traceparent = request.getHeader("traceparent");
		if (traceparent != null) {
			var matcher = TRACEPARENT.matcher(traceparent.trim());
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		return HexFormat.of().formatHex(id);
	}
}
