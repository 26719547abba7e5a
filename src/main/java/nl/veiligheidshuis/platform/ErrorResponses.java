package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One place that turns exceptions into responses. API requests ({@code /api/…}) get
 * {@code application/problem+json} (RFC 9457) with a Dutch title; page requests are handed to the
 * servlet container's error dispatch, which renders the Dutch error page ({@link ErrorPageController}).
 * Stack traces and exception messages never reach the client.
 */
@ControllerAdvice
class ErrorResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final ProblemTitles titles;

	ErrorResponses(ProblemTitles titles) {
		this.titles = titles;
	}

	@ExceptionHandler(Exception.class)
	@Nullable
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// Method security refused: let the security filter chain answer (403 problem+json on the API,
			// the 403 page or the second-factor page for pages), as for a refused URL.
			throw ex;
		}
		log.error("Onverwachte fout bij verwerken van verzoek", ex);
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
	@Nullable
	ResponseEntity<Object> handleResponseStatus(org.springframework.web.server.ResponseStatusException ex,
			WebRequest request) {
		return handleExceptionInternal(ex, null, ex.getHeaders(), ex.getStatusCode(), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = titles.problem(status);
		// Every invalid field at once, so a client can correct them all in one go.
		List<Map<String, Object>> invalidParams = ex.getBindingResult().getFieldErrors().stream()
			.map(ErrorResponses::invalidParam)
			.toList();
		problem.setProperty("invalidParams", invalidParams);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private static Map<String, Object> invalidParam(FieldError error) {
		return Map.of("name", error.getField(), "code", String.valueOf(error.getCode()), "reason",
				String.valueOf(error.getDefaultMessage()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest webRequest) {
		HttpServletRequest request = ((NativeWebRequest) webRequest).getNativeRequest(HttpServletRequest.class);
		HttpServletResponse response = ((NativeWebRequest) webRequest).getNativeResponse(HttpServletResponse.class);
		if (request == null || response == null || !ApiPaths.isApiRequest(request)) {
			return toErrorPage(headers, statusCode, response);
		}
		ProblemDetail problem = body instanceof ProblemDetail given ? given : titles.problem(statusCode);
		problem.setInstance(null);
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	/** Lets the container dispatch to /error, keeping headers such as Allow on a 405. */
	private static @Nullable ResponseEntity<Object> toErrorPage(HttpHeaders headers, HttpStatusCode statusCode,
			@Nullable HttpServletResponse response) {
		if (response == null || response.isCommitted()) {
			return null;
		}
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try {
			response.sendError(statusCode.value());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return null;
	}
}
