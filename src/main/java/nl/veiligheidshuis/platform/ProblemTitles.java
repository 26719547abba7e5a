package nl.veiligheidshuis.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Dutch titles and details for problem responses, from the message bundle ({@code error.<status>.*}). */
@Component
public class ProblemTitles {

	private static final Locale DUTCH = MessagesConfiguration.DUTCH;

	private final MessageSource messages;

	ProblemTitles(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatusCode status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(status));
		problem.setDetail(detail(status));
		return problem;
	}

	public String title(HttpStatusCode status) {
		return messages.getMessage("error." + status.value() + ".title", null,
				messages.getMessage("error.default.title", null, DUTCH), DUTCH);
	}

	public String detail(HttpStatusCode status) {
		return messages.getMessage("error." + status.value() + ".detail", null,
				messages.getMessage("error.default.detail", null, DUTCH), DUTCH);
	}
}
