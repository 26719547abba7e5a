package nl.veiligheidshuis.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
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
	private final MessageSource messages;

	ProblemAuthenticationResponses(ProblemTitles titles, JsonMapper json, MessageSource messages) {
		this.titles = titles;
		this.json = json;
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		// No WWW-Authenticate: Basic, which would make browsers pop up a login dialog.
		ProblemDetail problem = titles.problem(HttpStatus.UNAUTHORIZED);
		if (e instanceof OAuth2AuthenticationException) {
			// A bearer token was sent but not accepted; which check failed is not told.
			problem.setDetail(messages.getMessage("error.401.invalidToken.detail", null, problem.getDetail(),
					Locale.forLanguageTag("nl")));
		}
		write(response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(response, titles.problem(HttpStatus.FORBIDDEN));
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
