package nl.veiligheidshuis.victims;

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

/** Bad input to the victims API: 400 problem+json listing every violated rule (code and Dutch reason). */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = VictimsApi.class)
class VictimsProblems {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ProblemTitles titles;
	private final MessageSource messages;

	VictimsProblems(ProblemTitles titles, MessageSource messages) {
		this.titles = titles;
		this.messages = messages;
	}

	@ExceptionHandler(VictimsRefused.class)
	ResponseEntity<ProblemDetail> refused(VictimsRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.BAD_REQUEST);
		problem.setDetail(messages.getMessage("victims.refused.detail", null, DUTCH));
		problem.setProperty("violatedRules", refused.rules().stream()
			.map(rule -> Map.of("code", rule, "reason", messages.getMessage(rule, null, DUTCH)))
			.toList());
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
