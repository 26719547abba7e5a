package nl.veiligheidshuis.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Invalid input for a privacy operation: every problem, field name to message key; nothing was written. */
public class PrivacyRefused extends RuntimeException {

	private final Map<String, String> problems;

	public PrivacyRefused(Map<String, String> problems) {
		super("Refused: " + problems.keySet());
		this.problems = new LinkedHashMap<>(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}
}
