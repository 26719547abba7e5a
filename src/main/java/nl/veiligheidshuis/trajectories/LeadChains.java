package nl.veiligheidshuis.trajectories;

import java.util.List;

import nl.veiligheidshuis.partners.Chain;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Which chains a trajectory of a target group belongs to, and so whose chain leads take part (covenant: the
 * Public Prosecution Service leads the criminal-justice chain, the Child Protection Board the youth
 * criminal-justice chain, the municipality aftercare, prevention and integral safety). Every trajectory ends
 * in aftercare, so the aftercare lead takes part from the start.
 */
final class LeadChains {

	private LeadChains() {
	}

	static List<Chain> of(TargetGroup targetGroup) {
		return switch (targetGroup) {
			case VERY_ACTIVE_PROLIFIC_OFFENDER, PROLIFIC_OFFENDER, REPEAT_OFFENDER, DOMESTIC_VIOLENCE_PERPETRATOR,
					EX_DETAINEE -> List.of(Chain.CRIMINAL_JUSTICE, Chain.AFTERCARE);
			case YOUTH_PROLIFIC_OFFENDER, HARD_CORE_YOUTH -> List.of(Chain.YOUTH_CRIMINAL_JUSTICE, Chain.AFTERCARE);
			case PROBLEM_YOUTH, FIRST_OFFENDER -> List.of(Chain.PREVENTION, Chain.AFTERCARE);
			case PERSISTENT_NUISANCE_OFFENDER -> List.of(Chain.INTEGRAL_SAFETY, Chain.AFTERCARE);
			case DOMESTIC_VIOLENCE_VICTIM, VICTIM -> List.of(Chain.AFTERCARE);
		};
	}
}
