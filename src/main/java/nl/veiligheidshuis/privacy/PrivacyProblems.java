package nl.veiligheidshuis.privacy;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.veiligheidshuis.platform.ProblemTitles;

/** Invalid input to the privacy API: 400 problem+json listing every invalid field with its Dutch reason. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { SubjectRequestsApi.class, LegalHoldsApi.class })
class PrivacyProblems {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ProblemTitles titles;
	private final MessageSource messages;

	PrivacyProblems(ProblemTitles titles, MessageSource messages) {
		this.titles = titles;
		this.messages = messages;
	}

	@ExceptionHandler(PrivacyRefused.class)
	ResponseEntity<ProblemDetail> refused(PrivacyRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.BAD_REQUEST);
		problem.setProperty("invalidParams", refused.problems().entrySet().stream()
			.map(p -> Map.of("name", p.getKey(), "code", p.getValue(), "reason", messages.getMessage(p.getValue(), null, DUTCH)))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
