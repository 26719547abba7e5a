package nl.veiligheidshuis.trajectories;

import java.util.List;

/**
 * A command on a trajectory breaks one or more rules of the domain (start rules, the transition table, a
 * stale version). Carries every violated rule at once, as message keys ({@code trajectory.rule.*}), so the
 * page shows them all and the API answers 409 listing them.
 */
public class TrajectoryRefused extends RuntimeException {

	/** Someone else changed the trajectory since the user loaded it (optimistic locking). */
	public static final String STALE = "trajectory.rule.stale";
	/** The transition table does not allow this step from the current state. */
	public static final String NOT_ALLOWED_NOW = "trajectory.rule.transitionNotAllowed";

	private final List<String> rules;

	public TrajectoryRefused(List<String> rules) {
		super("Refused: " + String.join(", ", rules));
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("A refusal names at least one rule");
		}
		this.rules = List.copyOf(rules);
	}

	public TrajectoryRefused(String rule) {
		this(List.of(rule));
	}

	public List<String> rules() {
		return rules;
	}

	public boolean stale() {
		return rules.contains(STALE);
	}
}
