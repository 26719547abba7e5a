package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.intake.ReferralAccepted;
import nl.veiligheidshuis.intake.ReferralKind;
import nl.veiligheidshuis.intake.Referrals;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.selection.PriorityLists;

/**
 * The demo house's trajectories, started by the demo house manager for the persons of the adopted demo
 * priority list over the past months: in planning, in assessment (taken over from the second intervention
 * manager), assigned, waiting for an intervention manager, and one closed (moved away); one urgent start from
 * an accepted referral; the last persons of the list still without a trajectory. So a fresh demo shows the
 * caseloads, dossiers and timelines, and the house manager's "Mijn werk" has something to do.
 */
@Component
class TrajectoriesDemoData implements DemoDataSeeder {

	private static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";

	private final Trajectories trajectories;
	private final PriorityLists priorityLists;
	private final Referrals referrals;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final Clock clock;

	TrajectoriesDemoData(Trajectories trajectories, PriorityLists priorityLists, Referrals referrals,
			PartnerOrganisations partners, UserDirectory users, Clock clock) {
		this.trajectories = trajectories;
		this.priorityLists = priorityLists;
		this.referrals = referrals;
		this.partners = partners;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "trajectories.demo-trajectories";
	}

	@Override
	public int getOrder() {
		return 600;
	}

	@Override
	public void seed() {
		UUID houseManager = users.idOf("manager.demo").orElse(null);
		UUID ingrid = users.idOf("im.demo").orElse(null);
		UUID youssef = users.idOf("im2.demo").orElse(null);
		if (houseManager == null || ingrid == null || youssef == null) {
			return;
		}
		Trajectory.Actor manager = new Trajectory.Actor(houseManager, "Mark de Wit");
		Trajectory.Actor im = new Trajectory.Actor(ingrid, "Ingrid Maas");
		Set<UUID> probation = partners.findByName(PROBATION).map(PartnerOrganisationId::value).map(Set::of).orElse(Set.of());
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"demo-seeding", null, AuthorityUtils.createAuthorityList("ROLE_HOUSE_MANAGER")));
		try {
			OffsetDateTime now = OffsetDateTime.now(clock);
			List<PriorityLists.Entry> listed = new ArrayList<>(priorityLists.current()
				.map(list -> priorityLists.entries(list.id())).orElse(List.of()));
			// the last two persons of the list keep no trajectory: the house manager's "Mijn werk" shows them
			int usable = listed.size() - 2;
			OffsetDateTime started = now.minusMonths(4).minusDays(20);
			if (usable > 0) {
				UUID planning = start(listed.get(0), probation, manager, started);
				trajectories.assign(planning, 0, ingrid, null, manager, started.plusDays(1));
				trajectories.advance(planning, 1, Transition.START_ASSESSMENT, "RISc aangevraagd bij de reclassering", im,
						started.plusDays(3));
				trajectories.advance(planning, 2, Transition.START_PLANNING, "RISc afgenomen; tekorten besproken", im,
						started.plusDays(30));
			}
			if (usable > 1) {
				UUID assessment = start(listed.get(1), probation, manager, started.plusDays(2));
				trajectories.assign(assessment, 0, youssef, null, manager, started.plusDays(3));
				trajectories.assign(assessment, 1, ingrid, "Youssef Bakker met zwangerschapsverlof; overdracht aan Ingrid Maas",
						manager, now.minusMonths(1));
				trajectories.advance(assessment, 2, Transition.START_ASSESSMENT, "ZRM-gesprek gepland", im, now.minusDays(20));
			}
			if (usable > 2) {
				UUID assigned = start(listed.get(2), Set.of(), manager, now.minusDays(9));
				trajectories.assign(assigned, 0, ingrid, null, manager, now.minusDays(2));
			}
			if (usable > 5) {
				UUID other = start(listed.get(5), Set.of(), manager, now.minusDays(12));
				trajectories.assign(other, 0, youssef, null, manager, now.minusDays(11));
			}
			if (usable > 4) {
				start(listed.get(4), Set.of(), manager, now.minusDays(3));
			}
			if (usable > 3) {
				UUID closed = start(listed.get(3), Set.of(), manager, started.plusDays(5));
				trajectories.assign(closed, 0, ingrid, null, manager, started.plusDays(6));
				trajectories.close(closed, 1, ClosureReason.MOVED, "Verhuisd naar Groningen; dossier overgedragen aan het "
						+ "Veiligheidshuis Groningen", im, now.minusMonths(2));
			}
			referrals.acceptedReferrals().stream()
				.filter(referral -> referral.kind() == ReferralKind.REFERRAL
						&& listed.stream().noneMatch(entry -> entry.personId().equals(referral.personId())))
				.findFirst()
				.ifPresent(referral -> urgent(referral, ingrid, manager, now));
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** A person nominated onto the list without a category is taken on as a prolific offender. */
	private UUID start(PriorityLists.Entry entry, Set<UUID> participants, Trajectory.Actor actor, OffsetDateTime at) {
		return trajectories.start(new StartCommand.FromPriorityList(entry.personId(),
				entry.category() == null ? TargetGroup.PROLIFIC_OFFENDER : null, participants), actor, at);
	}

	private void urgent(ReferralAccepted referral, UUID ingrid, Trajectory.Actor manager, OffsetDateTime now) {
		OffsetDateTime at = referral.acceptedAt().plusHours(2).isAfter(now) ? now : referral.acceptedAt().plusHours(2);
		UUID urgent = trajectories.start(new StartCommand.FromUrgentReferral(referral.referralId(),
				"Escalerend geweld in het gezin; wachten op de volgende lijst is niet verantwoord",
				referral.targetGroups().stream().sorted().findFirst().orElse(null), Set.of()), manager, at);
		trajectories.assign(urgent, 0, ingrid, "Spoed: direct oppakken", manager, at.plusMinutes(30));
	}
}
