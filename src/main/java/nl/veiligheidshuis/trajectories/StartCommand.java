package nl.veiligheidshuis.trajectories;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * How the house manager starts a trajectory: for a person on the current priority list, or — urgent — from
 * an accepted referral, with the reason it cannot wait for the next list. The target group comes from the
 * list entry's category or the referral's target groups; {@code targetGroup} chooses when they leave a
 * choice. {@code partners} are partner organisations that take part from the start, beside the chain leads.
 */
public sealed interface StartCommand {

	@Nullable
	TargetGroup targetGroup();

	Set<UUID> partners();

	record FromPriorityList(UUID personId, @Nullable TargetGroup targetGroup, Set<UUID> partners) implements StartCommand {

		public FromPriorityList {
			partners = Set.copyOf(partners);
		}
	}

	record FromUrgentReferral(UUID referralId, String reason, @Nullable TargetGroup targetGroup, Set<UUID> partners)
			implements StartCommand {

		public FromUrgentReferral {
			partners = Set.copyOf(partners);
		}
	}
}
