package nl.veiligheidshuis.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.ProblemTitles;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as problem+json, like every other API error. */
@Component
class ProblemAuthenticationResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemTitles titles;
	private final JsonMapper json;

	ProblemAuthenticationResponses(ProblemTitles titles, JsonMapper json) {
		this.titles = titles;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		// No WWW-Authenticate: Basic, which would make browsers pop up a login dialog.
		write(response, HttpStatus.UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN);
	}

	private void write(HttpServletResponse response, HttpStatus status) throws IOException {
		ProblemDetail problem = titles.problem(status);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
