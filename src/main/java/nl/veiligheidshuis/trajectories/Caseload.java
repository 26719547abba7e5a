package nl.veiligheidshuis.trajectories;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.veiligheidshuis.platform.UserDirectory;

/**
 * The open trajectories of every intervention manager, counted per state, and whom the next trajectory
 * should go to. Counts only: no client data.
 */
public record Caseload(List<Row> rows) {

	/** The states in which a trajectory is someone's work (all open states but SELECTED, which nobody has yet). */
	public static final List<TrajectoryState> STATES = java.util.Arrays.stream(TrajectoryState.values())
		.filter(state -> state.open() && state != TrajectoryState.SELECTED)
		.toList();

	public record Row(UserDirectory.Member manager, Map<TrajectoryState, Integer> counts) {

		public Row {
			counts = Map.copyOf(counts);
		}

		public int count(TrajectoryState state) {
			return counts.getOrDefault(state, 0);
		}

		/** Every open trajectory of this manager. */
		public int open() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** Newly assigned, not yet started: the work that is still all ahead. */
		public int waiting() {
			return count(TrajectoryState.ASSIGNED);
		}

		public UUID id() {
			return manager.id();
		}
	}

	public Caseload {
		rows = List.copyOf(rows);
	}

	/**
	 * The rule that balances load: the intervention manager with the fewest open trajectories; on a tie, the
	 * one with the fewest newly assigned ones not yet started; then by name. Explained on the caseload page.
	 */
	public Optional<UserDirectory.Member> suggestion() {
		return rows.stream()
			.min(Comparator.comparingInt(Row::open).thenComparingInt(Row::waiting)
				.thenComparing(row -> row.manager().displayName()))
			.map(Row::manager);
	}

	public int total(TrajectoryState state) {
		return rows.stream().mapToInt(row -> row.count(state)).sum();
	}
}
