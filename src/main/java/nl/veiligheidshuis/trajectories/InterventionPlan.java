package nl.veiligheidshuis.trajectories;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * A trajectory's intervention plan as one user may see it: one version's interventions (the current one
 * unless an earlier one was asked for), every version, the commitment requests, and — for who may read the
 * assessment — the confirmed deficits, the uncovered ones and every rule that keeps the plan from the
 * partner check. {@code trajectoryVersion} goes back with every change (optimistic locking).
 *
 * @param currentVersion the newest plan version, 0 while the plan is empty
 * @param shownVersion the version whose interventions are listed
 * @param deficits the confirmed deficits of the latest assessment; {@code null} when not confirmed or not to be seen
 */
@PersonalData
public record InterventionPlan(UUID trajectoryId, long trajectoryVersion, TrajectoryState state, int currentVersion,
		int shownVersion, List<Intervention> interventions, List<PlanVersion> versions, List<Commitment> commitments,
		@Nullable Set<LifeDomain> deficits, Set<LifeDomain> uncovered, List<String> violations,
		boolean allCommitmentsConfirmed) {

	public InterventionPlan {
		interventions = List.copyOf(interventions);
		versions = List.copyOf(versions);
		commitments = List.copyOf(commitments);
		violations = List.copyOf(violations);
	}

	/** The latest request of each intervention shown (what the partner check looks like now). */
	public @Nullable Commitment latestCommitment(UUID interventionId) {
		return commitments.stream().filter(c -> c.interventionId().equals(interventionId)).findFirst().orElse(null);
	}

	public boolean current() {
		return shownVersion == currentVersion;
	}
}
