package nl.veiligheidshuis.agenda;

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

/** A broken rule of the case-conference API: 409 problem+json listing every violated rule (code and Dutch reason). */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { CaseConferencesApi.class, RoomBookingsApi.class, AppointmentsApi.class })
class AgendaProblems {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ProblemTitles titles;
	private final MessageSource messages;

	AgendaProblems(ProblemTitles titles, MessageSource messages) {
		this.titles = titles;
		this.messages = messages;
	}

	@ExceptionHandler(AgendaRefused.class)
	ResponseEntity<ProblemDetail> refused(AgendaRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.CONFLICT);
		problem.setDetail(messages.getMessage("agenda.refused.detail", null, DUTCH));
		problem.setProperty("violatedRules", refused.rules().stream()
			.map(rule -> Map.of("code", rule, "reason", messages.getMessage(rule, null, DUTCH)))
			.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
