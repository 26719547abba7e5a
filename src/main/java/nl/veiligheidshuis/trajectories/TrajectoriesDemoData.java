package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
 * priority list over the past months: one in the partner check (an assessment with confirmed deficits, a plan
 * of several versions, the municipality confirmed, probation proposed another start and is asked again, care
 * and housing not answered yet), one in assessment with deficits still to confirm (taken over from the second
 * intervention manager), one whose plan every partner confirmed (ready to offer), one assigned, one waiting
 * for an intervention manager, and one closed (moved away); one urgent start from an accepted referral; the
 * last persons of the list still without a trajectory. So a fresh demo shows the caseloads, dossiers,
 * timelines, plans and commitments, and "Mijn werk" has something to do for the house manager, both
 * intervention managers and probation.
 */
@Component
class TrajectoriesDemoData implements DemoDataSeeder {

	private static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";
	private static final String MUNICIPALITY = "Gemeente Heerlen";
	private static final String ADDICTION_CARE = "Mondriaan Zorggroep";
	private static final String SHELTERED_HOUSING = "Leger des Heils, Centrum voor Wonen, Zorg en Welzijn";

	private final Trajectories trajectories;
	private final Assessments assessments;
	private final InterventionPlans plans;
	private final PriorityLists priorityLists;
	private final Referrals referrals;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final Clock clock;

	TrajectoriesDemoData(Trajectories trajectories, Assessments assessments, InterventionPlans plans,
			PriorityLists priorityLists, Referrals referrals, PartnerOrganisations partners, UserDirectory users, Clock clock) {
		this.trajectories = trajectories;
		this.assessments = assessments;
		this.plans = plans;
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
				partnerCheckWithCounterProposal(planning, listed.get(0), im, started, now);
			}
			if (usable > 1) {
				UUID assessment = start(listed.get(1), probation, manager, started.plusDays(2));
				trajectories.assign(assessment, 0, youssef, null, manager, started.plusDays(3));
				trajectories.assign(assessment, 1, ingrid, "Youssef Bakker met zwangerschapsverlof; overdracht aan Ingrid Maas",
						manager, now.minusMonths(1));
				trajectories.advance(assessment, 2, Transition.START_ASSESSMENT, "ZRM-gesprek gepland", im, now.minusDays(20));
				assessments.record(assessment, 3, command(listed.get(1), now.minusDays(6)), im, now.minusDays(5));
			}
			if (usable > 2) {
				UUID assigned = start(listed.get(2), Set.of(), manager, now.minusDays(9));
				trajectories.assign(assigned, 0, ingrid, null, manager, now.minusDays(2));
			}
			if (usable > 5) {
				UUID other = start(listed.get(5), Set.of(), manager, now.minusDays(40));
				trajectories.assign(other, 0, youssef, null, manager, now.minusDays(39));
				fullyConfirmed(other, listed.get(5), new Trajectory.Actor(youssef, "Youssef Bakker"), now);
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

	/**
	 * Assessment, confirmed deficits, a plan of five versions, the partner check: the municipality confirms
	 * both its interventions, probation proposes a later start for trajectory guidance (a sixth version, asked
	 * again), addiction care and sheltered housing have not answered yet.
	 */
	private void partnerCheckWithCounterProposal(UUID trajectory, PriorityLists.Entry client, Trajectory.Actor im,
			OffsetDateTime started, OffsetDateTime now) {
		Assessments.Command command = command(client, started.plusDays(27).toLocalDate());
		UUID assessment = assessments.record(trajectory, 2, command, im, started.plusDays(28));
		assessments.confirm(trajectory, assessment, EnumSet.of(LifeDomain.HOUSING, LifeDomain.WORK_AND_INCOME,
				LifeDomain.DEBTS, LifeDomain.HEALTH, LifeDomain.SELF_RELIANCE), 3, im, started.plusDays(30));
		LocalDate start = now.toLocalDate().plusDays(14);
		OffsetDateTime planned = now.minusDays(12);
		long version = 4;
		UUID guidance = add(trajectory, version++, "Trajectbegeleiding met wekelijkse meldplicht", LifeDomain.SELF_RELIANCE,
				InterventionType.TRAJECTORY_GUIDANCE, InterventionKind.PRESSURE, PROBATION, start, start.plusMonths(12), im,
				planned);
		add(trajectory, version++, "Begeleid wonen in een trainingshuis", LifeDomain.HOUSING, InterventionType.OTHER,
				InterventionKind.CARE, SHELTERED_HOUSING, start.plusDays(7), start.plusMonths(9), im, planned.plusHours(1));
		UUID income = add(trajectory, version++, "Uitkering aanvragen en traject naar werk", LifeDomain.WORK_AND_INCOME,
				InterventionType.OTHER, InterventionKind.CARE, MUNICIPALITY, start, start.plusMonths(6), im,
				planned.plusHours(2));
		UUID debts = add(trajectory, version++, "Schuldhulpverlening met budgetbeheer", LifeDomain.DEBTS,
				InterventionType.OTHER, InterventionKind.CARE, MUNICIPALITY, start.plusDays(7), null, im, planned.plusHours(3));
		add(trajectory, version++, "Ambulante verslavingszorg", LifeDomain.HEALTH, InterventionType.OTHER,
				InterventionKind.CARE, ADDICTION_CARE, start, start.plusMonths(6), im, planned.plusHours(4));
		plans.sendToPartnerCheck(trajectory, version, im, now.minusDays(10));
		Trajectory.Actor municipality = actorOf("manager.demo", "Mark de Wit");
		answer(income, CommitmentForm.Answer.CONFIRM, null, null, municipality, now.minusDays(8));
		answer(debts, CommitmentForm.Answer.CONFIRM, null, "Intake schuldhulp staat gepland", municipality, now.minusDays(8));
		answer(guidance, CommitmentForm.Answer.PROPOSE_OTHER_START, start.plusDays(14),
				"Capaciteit toezicht pas over vier weken beschikbaar", actorOf("reclassering.demo", "Rana El Idrissi"),
				now.minusDays(6));
	}

	/** Assessment, deficits, a plan of two versions that every owner partner confirmed: ready to be offered. */
	private void fullyConfirmed(UUID trajectory, PriorityLists.Entry client, Trajectory.Actor im, OffsetDateTime now) {
		trajectories.advance(trajectory, 1, Transition.START_ASSESSMENT, null, im, now.minusDays(35));
		UUID assessment = assessments.record(trajectory, 2, command(client, now.minusDays(31).toLocalDate()), im,
				now.minusDays(30));
		assessments.confirm(trajectory, assessment, EnumSet.of(LifeDomain.DEBTS, LifeDomain.WORK_AND_INCOME), 3, im,
				now.minusDays(29));
		LocalDate start = now.toLocalDate().plusDays(5);
		UUID debts = add(trajectory, 4, "Schuldhulpverlening", LifeDomain.DEBTS, InterventionType.OTHER, InterventionKind.CARE,
				MUNICIPALITY, start, null, im, now.minusDays(20));
		UUID work = add(trajectory, 5, "Werkervaringsplaats via de reclassering", LifeDomain.WORK_AND_INCOME,
				InterventionType.OTHER, InterventionKind.PRESSURE, PROBATION, start, start.plusMonths(4), im,
				now.minusDays(20).plusHours(1));
		plans.sendToPartnerCheck(trajectory, 6, im, now.minusDays(18));
		answer(debts, CommitmentForm.Answer.CONFIRM, null, null, actorOf("manager.demo", "Mark de Wit"), now.minusDays(16));
		answer(work, CommitmentForm.Answer.CONFIRM, null, null, actorOf("reclassering.demo", "Rana El Idrissi"),
				now.minusDays(15));
	}

	/** The instrument the client's age asks for: RISc for an adult, LIJ for a minor, with synthetic scores. */
	private static Assessments.Command command(PriorityLists.Entry client, OffsetDateTime at) {
		return command(client, at.toLocalDate());
	}

	private static Assessments.Command command(PriorityLists.Entry client, LocalDate on) {
		if (client.dateOfBirth() != null && Assessments.minorOn(client.dateOfBirth(), on)) {
			return new Assessments.Command(Instrument.LIJ, on, Map.<String, Integer>of(), RiskLevel.HIGH,
					"Hoog risico op recidive; zorgen over school en thuissituatie",
					"Jeugdreclassering adviseert intensieve begeleiding");
		}
		int[] scores = { 7, 4, 1, 4, 5, 2, 3, 4, 1, 2, 5, 3 };
		Map<String, Integer> risc = new LinkedHashMap<>();
		for (int k = 0; k < scores.length; k++) {
			risc.put(Instrument.RISC.items().get(k), scores[k]);
		}
		return new Assessments.Command(Instrument.RISC, on, risc, RiskLevel.HIGH, null,
				"Gemotiveerd voor hulp bij wonen en schulden, niet voor behandeling van het middelengebruik");
	}

	private UUID add(UUID trajectory, long version, String description, LifeDomain domain, InterventionType type,
			InterventionKind kind, String owner, LocalDate start, @Nullable LocalDate end, Trajectory.Actor im,
			OffsetDateTime at) {
		InterventionForm form = new InterventionForm();
		form.setDescription(description);
		form.setLifeDomain(domain);
		form.setType(type);
		form.setKind(kind);
		form.setOwnerPartnerId(partners.findByName(owner).orElseThrow().value());
		form.setPlannedStart(start);
		form.setPlannedEnd(end);
		form.setVersion(version);
		return plans.addIntervention(trajectory, form, im, at);
	}

	private void answer(UUID intervention, CommitmentForm.Answer answer, @Nullable LocalDate proposed, @Nullable String note,
			Trajectory.Actor partner, OffsetDateTime at) {
		CommitmentForm form = new CommitmentForm();
		form.setAnswer(answer);
		form.setProposedStart(proposed);
		form.setNote(note);
		plans.answer(plans.requestForSeeding(intervention), form, partner, at);
	}

	private Trajectory.Actor actorOf(String username, String name) {
		return new Trajectory.Actor(users.idOf(username).orElseThrow(), name);
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
