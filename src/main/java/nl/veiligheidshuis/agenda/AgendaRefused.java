package nl.veiligheidshuis.agenda;

import java.util.List;

/**
 * A command on a case conference breaks one or more rules (message keys {@code agenda.rule.*}); the page
 * shows them all, the API answers 409 listing them.
 */
public class AgendaRefused extends RuntimeException {

	private final List<String> rules;

	public AgendaRefused(List<String> rules) {
		super("Refused: " + String.join(", ", rules));
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("A refusal names at least one rule");
		}
		this.rules = List.copyOf(rules);
	}

	public AgendaRefused(String rule) {
		this(List.of(rule));
	}

	public List<String> rules() {
		return rules;
	}
}
