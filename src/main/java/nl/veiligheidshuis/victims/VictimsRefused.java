package nl.veiligheidshuis.victims;

import java.util.List;

/**
 * A command breaks one or more rules (message keys {@code victims.rule.*}); the page shows them all, the API
 * answers 400 problem+json listing them. Nothing is written.
 */
public class VictimsRefused extends RuntimeException {

	private final List<String> rules;

	public VictimsRefused(List<String> rules) {
		super("Refused: " + String.join(", ", rules));
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("A refusal names at least one rule");
		}
		this.rules = List.copyOf(rules);
	}

	public List<String> rules() {
		return rules;
	}
}
