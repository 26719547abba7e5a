package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The need-to-know rule of the covenant (DESIGN.md §4 rule 8) as one function from a snapshot to a
 * {@link TrajectoryRights}. It asks two ports (covenant parties, privacy covenants) about today's date
 * (the injected clock); with stand-ins for them every rule has its own unit test.
 * <ul>
 * <li>The assigned intervention manager directs the trajectory: everything but assignment.</li>
 * <li>The house manager oversees all trajectories: read (with assessments), assign, close.</li>
 * <li>A partner professional reads a trajectory only while their organisation takes part in it,
 * <em>and</em> is a party to the covenant today (signed it, or its accession declaration is effective),
 * <em>and</em> a privacy covenant valid today covers the client's target group for that organisation;
 * assessment details only when the organisation is a care partner and the covenant covers care data for it; the
 * rights carry the categories of data the covenant covers for the organisation and the client's target group
 * (field-level data minimisation).</li>
 * <li>The secretariat sees no dossier, but may break the glass; an active break-glass grant gives reading.</li>
 * <li>Steering-group members and functional administrators never see client data.</li>
 * </ul>
 * A closed trajectory can still be read by those who could read it, but no longer changed.
 */
@Component
public class TrajectoryRightsPolicy {

	/** Partners that work with assessment details themselves (RISc, ZRM, youth instruments). */
	static final Set<PartnerType> CARE_PARTNERS = EnumSet.of(PartnerType.CARE, PartnerType.PUBLIC_HEALTH,
			PartnerType.YOUTH_CARE, PartnerType.PROBATION, PartnerType.CHILD_PROTECTION_BOARD);

	private final PrivacyCovenants covenants;
	private final CovenantParties parties;
	private final Clock clock;

	TrajectoryRightsPolicy(PrivacyCovenants covenants, CovenantParties parties, Clock clock) {
		this.covenants = covenants;
		this.parties = parties;
		this.clock = clock;
	}

	public TrajectoryRights rightsOf(Requester requester, TrajectoryAccessFacts trajectory, boolean breakGlassActive) {
		TrajectoryRights rights = TrajectoryRights.NONE;
		for (Role role : requester.roles()) {
			rights = rights.or(rightsOfRole(role, requester, trajectory, breakGlassActive));
		}
		return trajectory.open() ? rights : rights.readOnly();
	}

	private TrajectoryRights rightsOfRole(Role role, Requester requester, TrajectoryAccessFacts trajectory,
			boolean breakGlassActive) {
		return switch (role) {
			case INTERVENTION_MANAGER -> requester.userId().equals(trajectory.interventionManager())
					? new TrajectoryRights(true, true, true, false, true, true, false) : TrajectoryRights.NONE;
			case HOUSE_MANAGER -> new TrajectoryRights(true, true, false, true, false, true, false);
			case PARTNER_PROFESSIONAL -> partnerRights(requester, trajectory);
			case SECRETARIAT -> new TrajectoryRights(breakGlassActive, breakGlassActive, false, false, false, false, true);
			case STEERING_GROUP_MEMBER, FUNCTIONAL_ADMINISTRATOR -> TrajectoryRights.NONE;
		};
	}

	/**
	 * The covenant half of need-to-know (DESIGN.md §4 rule 8): the organisation is a party to the covenant today
	 * and a privacy covenant in force covers the client's target group for it.
	 */
	boolean covered(PartnerOrganisationId organisation, TrajectoryAccessFacts trajectory) {
		LocalDate today = LocalDate.now(clock);
		return parties.partyOn(organisation, today) && covenants.covers(organisation, trajectory.targetGroup(), today);
	}

	/**
	 * The categories of data covenants in force today let the organisation receive about a client of the target
	 * group: none when the organisation is no party to the covenant of the house today.
	 */
	Set<DataCategory> categories(PartnerOrganisationId organisation, TargetGroup targetGroup) {
		LocalDate today = LocalDate.now(clock);
		return parties.partyOn(organisation, today) ? covenants.categories(organisation, targetGroup, today) : Set.of();
	}

	private TrajectoryRights partnerRights(Requester requester, TrajectoryAccessFacts trajectory) {
		PartnerOrganisationId organisation = requester.organisation();
		LocalDate today = LocalDate.now(clock);
		// Need-to-know (as covered() says it), with the party checked once for both the cover and the categories.
		boolean needToKnow = trajectory.takingPart().contains(organisation) && parties.partyOn(organisation, today)
				&& covenants.covers(organisation, trajectory.targetGroup(), today);
		if (!needToKnow) {
			return TrajectoryRights.NONE;
		}
		Set<DataCategory> categories = covenants.categories(organisation, trajectory.targetGroup(), today);
		return new TrajectoryRights(true,
				CARE_PARTNERS.contains(requester.organisationType()) && categories.contains(DataCategory.CARE), false,
				false, false, false, false, categories);
	}
}
