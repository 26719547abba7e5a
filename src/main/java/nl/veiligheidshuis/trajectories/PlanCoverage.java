package nl.veiligheidshuis.trajectories;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * DESIGN.md §4 rule 4 as a policy: a plan may go to the partner check only when the deficits of the latest
 * assessment are confirmed, the plan has an intervention, every deficit life domain has at least one
 * intervention, and a self-reliance deficit comes with trajectory guidance. Returns every violated rule at
 * once (message keys), so the page and the 409 list them all; none means allowed.
 */
final class PlanCoverage {

	private PlanCoverage() {
	}

	/** The deficit life domains no intervention of the plan addresses. */
	static Set<LifeDomain> uncovered(Set<LifeDomain> deficits, List<Intervention> interventions) {
		Set<LifeDomain> uncovered = deficits.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(deficits);
		interventions.forEach(intervention -> uncovered.remove(intervention.lifeDomain()));
		return uncovered;
	}

	/** Whether self-reliance is a deficit and the plan has no trajectory guidance. */
	static boolean guidanceMissing(Set<LifeDomain> deficits, List<Intervention> interventions) {
		return deficits.contains(LifeDomain.SELF_RELIANCE)
				&& interventions.stream().noneMatch(i -> i.type() == InterventionType.TRAJECTORY_GUIDANCE);
	}

	/** @param deficits the confirmed deficits of the latest assessment; {@code null} when not (yet) confirmed */
	static List<String> violations(@Nullable Set<LifeDomain> deficits, List<Intervention> interventions) {
		List<String> violations = new ArrayList<>();
		if (deficits == null) {
			violations.add(PlanRules.DEFICITS_NOT_CONFIRMED);
		}
		if (interventions.isEmpty()) {
			violations.add(PlanRules.NO_INTERVENTIONS);
		}
		if (deficits != null) {
			uncovered(deficits, interventions).forEach(domain -> violations.add(PlanRules.UNCOVERED + domain.name()));
			if (guidanceMissing(deficits, interventions)) {
				violations.add(PlanRules.TRAJECTORY_GUIDANCE_MISSING);
			}
		}
		return violations;
	}
}
