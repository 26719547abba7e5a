package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The covenant half of need-to-know (DESIGN.md §4 rule 8) and field-level data minimisation for modules that
 * decide the other half themselves (victims, persons): whether the covenant of the house covers an organisation
 * today, for which target groups and which categories of data. The same rule {@link TrajectoryRightsPolicy}
 * applies to trajectories.
 */
@Service
public class CovenantCoverage {

	private final TrajectoryRightsPolicy policy;
	private final PrivacyCovenantRegister register;
	private final CovenantParties parties;
	private final Clock clock;

	CovenantCoverage(TrajectoryRightsPolicy policy, PrivacyCovenantRegister register, CovenantParties parties, Clock clock) {
		this.policy = policy;
		this.register = register;
		this.parties = parties;
		this.clock = clock;
	}

	/**
	 * The categories of data the organisation may receive today about a client of the target group: it is a
	 * party to the covenant of the house today and covenants in force cover the target group for it (their union).
	 * None when not covered at all.
	 */
	@Transactional(readOnly = true)
	public Set<DataCategory> categories(UUID organisation, TargetGroup targetGroup) {
		return policy.categories(new PartnerOrganisationId(organisation), targetGroup);
	}

	/** Whether a covenant covers the target group for the organisation today (with at least the category). */
	@Transactional(readOnly = true)
	public boolean covers(UUID organisation, TargetGroup targetGroup, DataCategory category) {
		return categories(organisation, targetGroup).contains(category);
	}

	/**
	 * The categories of data the organisation may receive today about a person whose target group is not known
	 * (the person registry: a person need not be in any trajectory): the union over the covenants in force in
	 * which it is a party, whatever target group they cover. None when it is no party today.
	 */
	@Transactional(readOnly = true)
	public Set<DataCategory> categoriesForAnyTargetGroup(UUID organisation) {
		PartnerOrganisationId party = new PartnerOrganisationId(organisation);
		LocalDate today = LocalDate.now(clock);
		return parties.partyOn(party, today) ? register.categoriesForAnyTargetGroup(party, today) : Set.of();
	}
}
