package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The demo house's trajectories, one client in every state of DESIGN.md §2, each with its timeline. From the
 * adopted demo priority list: one in the partner check (an assessment with confirmed deficits, a plan of several
 * versions, the municipality confirmed, probation proposed another start and is asked again, care and housing
 * not answered yet), one in assessment with deficits still to confirm (taken over from the second intervention
 * manager), one assigned; the last two persons of the list keep no trajectory. From the accepted urgent referrals
 * of the demo intake, oldest first: one in aftercare and one completed (contract, execution, progress report),
 * one in execution whose progress report is overdue, one closed (moved away), one offered, one contracted whose
 * first intervention did not start within the 7 days, one escalated after a refusal with a measure of the Public
 * Prosecution Service, one whose plan is being drafted (housing not yet covered), and one taken on today and
 * waiting for an intervention manager. So a fresh demo shows the
 * caseloads, dossiers, plans, commitments, contracts and deadlines, and "Mijn werk" has something to do for the
 * house manager, both intervention managers and probation.
 */
@Component
class TrajectoriesDemoData implements DemoDataSeeder {

	private static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";
	private static final String MUNICIPALITY = "Gemeente Heerlen";
	private static final String ADDICTION_CARE = "Mondriaan Zorggroep";
	private static final String SHELTERED_HOUSING = "Leger des Heils, Centrum voor Wonen, Zorg en Welzijn";

	private static final String PROSECUTION = "Arrondissementsparket Openbaar Ministerie Maastricht";

	private final Trajectories trajectories;
	private final Assessments assessments;
	private final InterventionPlans plans;
	private final Contracts contracts;
	private final Execution execution;
	private final PriorityLists priorityLists;
	private final Referrals referrals;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final Clock clock;

	TrajectoriesDemoData(Trajectories trajectories, Assessments assessments, InterventionPlans plans, Contracts contracts,
			Execution execution, PriorityLists priorityLists, Referrals referrals, PartnerOrganisations partners,
			UserDirectory users, Clock clock) {
		this.trajectories = trajectories;
		this.assessments = assessments;
		this.plans = plans;
		this.contracts = contracts;
		this.execution = execution;
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
			// the accepted referrals, oldest first: the urgent cases further along the path
			Trajectory.Actor youssefActor = new Trajectory.Actor(youssef, "Youssef Bakker");
			List<ReferralAccepted> urgent = referrals.acceptedReferrals().stream()
				.filter(referral -> referral.kind() == ReferralKind.REFERRAL
						&& listed.stream().noneMatch(entry -> entry.personId().equals(referral.personId())))
				.sorted(Comparator.comparing(ReferralAccepted::acceptedAt))
				.toList();
			List<ReferralAccepted> months = urgent.stream().filter(r -> r.acceptedAt().isBefore(now.minusDays(100))).toList();
			List<ReferralAccepted> weeks = urgent.stream()
				.filter(r -> !r.acceptedAt().isBefore(now.minusDays(100)) && r.acceptedAt().isBefore(now.minusDays(12)))
				.toList();
			List<ReferralAccepted> days = urgent.stream().filter(r -> !r.acceptedAt().isBefore(now.minusDays(12))).toList();
			if (months.size() > 0) {
				completed(months.get(0), manager, ingrid, im, true);
			}
			if (months.size() > 1) {
				completed(months.get(1), manager, youssef, youssefActor, false);
			}
			if (months.size() > 2) {
				inExecution(months.get(2), manager, ingrid, im);
			}
			if (months.size() > 3) {
				UUID closed = startUrgent(months.get(3), "Dreigende uitzetting en escalerende overlast", manager);
				OffsetDateTime at = months.get(3).acceptedAt();
				trajectories.assign(closed, 0, ingrid, null, manager, at.plusHours(4));
				trajectories.close(closed, 1, ClosureReason.MOVED, "Verhuisd naar Groningen; dossier overgedragen aan het "
						+ "Veiligheidshuis Groningen", im, now.minusMonths(2));
			}
			for (int k = 0; k < weeks.size() && k < 3; k++) {
				ReferralAccepted referral = weeks.get(k);
				OffsetDateTime at = referral.acceptedAt();
				if (k == 0) {
					// a plan every partner confirmed, offered two days ago
					UUID offered = startUrgent(referral, "Verliest zijn woning als er niets gebeurt", manager);
					trajectories.assign(offered, 0, youssef, null, manager, at.plusHours(4));
					plan(offered, youssefActor, at.plusDays(1));
					contracts.offer(offered, version(offered), "Besproken met cliënt en zijn moeder", youssefActor,
							now.minusDays(2));
				}
				else if (k == 1) {
					// signed eleven days ago; no intervention started since: overdue
					UUID late = startUrgent(referral, "Dreigende escalatie in de wijk", manager);
					trajectories.assign(late, 0, youssef, "Spoed", manager, at.plusHours(4));
					plan(late, youssefActor, at.plusHours(5));
					contracts.offer(late, version(late), null, youssefActor, now.minusDays(13));
					accept(late, now.minusDays(11), youssefActor);
				}
				else {
					escalated(referral, manager, ingrid, im);
				}
			}
			// drafting the plan: deficits confirmed, one intervention so far, so the page names the uncovered domains
			ReferralAccepted drafting = weeks.size() > 3 ? weeks.get(3) : days.size() > 1 ? days.get(0) : null;
			if (drafting != null) {
				UUID planning = startUrgent(drafting, "Schulden lopen op en dreigende huisuitzetting", manager);
				OffsetDateTime at = drafting.acceptedAt().plusHours(4);
				trajectories.assign(planning, 0, ingrid, null, manager, at);
				trajectories.advance(planning, 1, Transition.START_ASSESSMENT, null, im, at.plusHours(1));
				UUID assessment = assessments.record(planning, 2, adultCommand(at.toLocalDate()), im, at.plusHours(2));
				assessments.confirm(planning, assessment, EnumSet.of(LifeDomain.DEBTS, LifeDomain.HOUSING), 3, im,
						at.plusHours(3));
				LocalDate start = at.toLocalDate().plusDays(14);
				add(planning, 4, "Schuldhulpverlening met budgetbeheer", LifeDomain.DEBTS, InterventionType.OTHER,
						InterventionKind.CARE, MUNICIPALITY, start, start.plusMonths(6), im, at.plusHours(4));
			}
			if (!days.isEmpty()) {
				// taken on today, waiting for an intervention manager
				startUrgent(days.get(days.size() - 1), "Escalerend geweld in het gezin; wachten op de volgende lijst is niet "
						+ "verantwoord", manager, now);
			}
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







	/** An accepted referral taken on urgently, a few hours after its acceptance (or at the given moment). */
	private UUID startUrgent(ReferralAccepted referral, String reason, Trajectory.Actor manager) {
		return startUrgent(referral, reason, manager, referral.acceptedAt().plusHours(3));
	}

	private UUID startUrgent(ReferralAccepted referral, String reason, Trajectory.Actor manager, OffsetDateTime at) {
		return trajectories.start(new StartCommand.FromUrgentReferral(referral.referralId(), reason,
				referral.targetGroups().stream().sorted().findFirst().orElse(null), Set.of()), manager, at);
	}

	/**
	 * Assessment (RISc) with debts and work confirmed, two interventions (debts with the municipality, work with
	 * probation) that both partners confirmed within days: ready to be offered. The trajectory is assigned (version 1).
	 */
	private void plan(UUID trajectory, Trajectory.Actor im, OffsetDateTime at) {
		trajectories.advance(trajectory, 1, Transition.START_ASSESSMENT, null, im, at);
		LocalDate on = at.toLocalDate();
		UUID assessment = assessments.record(trajectory, 2, adultCommand(on), im, at.plusHours(2));
		assessments.confirm(trajectory, assessment, EnumSet.of(LifeDomain.DEBTS, LifeDomain.WORK_AND_INCOME), 3, im,
				at.plusHours(3));
		LocalDate start = on.plusDays(10);
		UUID debts = add(trajectory, 4, "Schuldhulpverlening met budgetbeheer", LifeDomain.DEBTS, InterventionType.OTHER,
				InterventionKind.CARE, MUNICIPALITY, start, start.plusMonths(3), im, at.plusHours(4));
		UUID work = add(trajectory, 5, "Werkervaringsplaats met meldplicht", LifeDomain.WORK_AND_INCOME, InterventionType.OTHER,
				InterventionKind.PRESSURE, PROBATION, start, start.plusMonths(3), im, at.plusHours(5));
		plans.sendToPartnerCheck(trajectory, 6, im, at.plusHours(6));
		answer(debts, CommitmentForm.Answer.CONFIRM, null, null, actorOf("manager.demo", "Mark de Wit"), at.plusDays(1));
		answer(work, CommitmentForm.Answer.CONFIRM, null, null, actorOf("reclassering.demo", "Rana El Idrissi"),
				at.plusDays(2));
	}

	/** Contracted, both interventions started within the week; no progress report since: overdue after three months. */
	private void inExecution(ReferralAccepted referral, Trajectory.Actor manager, UUID imId, Trajectory.Actor im) {
		OffsetDateTime at = referral.acceptedAt();
		UUID trajectory = startUrgent(referral, "Ernstige overlast en dreigende uitzetting", manager);
		trajectories.assign(trajectory, 0, imId, null, manager, at.plusHours(4));
		plan(trajectory, im, at.plusDays(1));
		contracts.offer(trajectory, version(trajectory), null, im, at.plusDays(5));
		accept(trajectory, at.plusDays(6), im);
		List<Intervention> interventions = currentPlan(trajectory);
		status(trajectory, interventions.get(0), InterventionStatus.STARTED, at.plusDays(9), im);
		status(trajectory, interventions.get(1), InterventionStatus.STARTED, at.plusDays(11), im);
	}

	/**
	 * Contract, execution with a progress report, both interventions completed and the plan carried out within
	 * the months since; perhaps aftercare under the municipality's lead, with a report.
	 */
	private void completed(ReferralAccepted referral, Trajectory.Actor manager, UUID imId, Trajectory.Actor im,
			boolean aftercare) {
		OffsetDateTime at = referral.acceptedAt();
		UUID trajectory = startUrgent(referral, "Dreigt dakloos te raken; veel overlast in de wijk", manager);
		trajectories.assign(trajectory, 0, imId, null, manager, at.plusHours(4));
		plan(trajectory, im, at.plusDays(1));
		contracts.offer(trajectory, version(trajectory), null, im, at.plusDays(5));
		accept(trajectory, at.plusDays(6), im);
		List<Intervention> interventions = currentPlan(trajectory);
		status(trajectory, interventions.get(0), InterventionStatus.STARTED, at.plusDays(9), im);
		status(trajectory, interventions.get(1), InterventionStatus.STARTED, at.plusDays(10), im);
		report(trajectory, at.plusMonths(2), "Schulden in beeld en onder budgetbeheer; werkt drie dagen per week.", im);
		status(trajectory, interventions.get(1), InterventionStatus.COMPLETED, at.plusMonths(3), im);
		status(trajectory, interventions.get(0), InterventionStatus.COMPLETED, at.plusMonths(3).plusDays(5), im);
		execution.complete(trajectory, version(trajectory), "Plan uitgevoerd; geen nieuwe antecedenten", im,
				at.plusMonths(3).plusDays(7));
		if (aftercare) {
			execution.startAftercare(trajectory, version(trajectory), "Gemeente Heerlen neemt de nazorg over", im,
					at.plusMonths(3).plusDays(10));
			report(trajectory, at.plusMonths(4), "Woont zelfstandig; meldt zich maandelijks bij het wijkteam.", im);
		}
	}

	/**
	 * Taken on urgently, the plan confirmed within days, offered and refused; the Public Prosecution Service
	 * imposes a conditional dismissal with the condition to cooperate.
	 */
	private void escalated(ReferralAccepted referral, Trajectory.Actor manager, UUID imId, Trajectory.Actor im) {
		OffsetDateTime at = referral.acceptedAt();
		UUID escalated = startUrgent(referral, "Aanhoudende ernstige overlast; de buurt is ten einde raad", manager);
		trajectories.assign(escalated, 0, imId, "Spoed", manager, at.plusHours(4));
		plan(escalated, im, at.plusHours(5));
		contracts.offer(escalated, version(escalated), null, im, at.plusDays(3));
		contracts.refuse(escalated, version(escalated),
				"Wil geen schuldhulp en geen werkervaringsplaats; vindt dat hij geen hulp nodig heeft", im, at.plusDays(4));
		EscalationMeasureForm measure = new EscalationMeasureForm();
		measure.setDescription("Voorwaardelijk sepot met de bijzondere voorwaarde mee te werken aan het plan");
		measure.setKind(InterventionKind.COERCION);
		measure.setOwnerPartnerId(partners.findByName(PROSECUTION).orElseThrow().value());
		measure.setStartsOn(at.toLocalDate().plusDays(6));
		measure.setVersion(version(escalated));
		execution.addMeasure(escalated, measure, im, at.plusDays(6));
	}

	private void accept(UUID trajectory, OffsetDateTime at, Trajectory.Actor im) {
		AcceptanceForm form = new AcceptanceForm();
		form.setAcceptedOn(at.toLocalDate());
		form.setSignedByClient(true);
		form.setSignedByInterventionManager(true);
		form.setVersion(version(trajectory));
		contracts.accept(trajectory, form, null, im, at);
	}

	private void status(UUID trajectory, Intervention intervention, InterventionStatus status, OffsetDateTime at,
			Trajectory.Actor im) {
		InterventionStatusForm form = new InterventionStatusForm();
		form.setStatus(status);
		if (status == InterventionStatus.STARTED) {
			form.setStartedOn(at.toLocalDate());
		}
		else {
			form.setEndedOn(at.toLocalDate());
		}
		form.setVersion(version(trajectory));
		execution.changeStatus(trajectory, intervention.id(), form, im, at);
	}

	private void report(UUID trajectory, OffsetDateTime at, String text, Trajectory.Actor im) {
		ProgressReportForm form = new ProgressReportForm();
		form.setReportedOn(at.toLocalDate());
		form.setText(text);
		form.setDomains(Map.of(LifeDomain.DEBTS, "Afspraken met schuldeisers lopen"));
		form.setVersion(version(trajectory));
		execution.report(trajectory, form, im, at);
	}

	private List<Intervention> currentPlan(UUID trajectory) {
		return execution.overview(trajectories.find(trajectory).orElseThrow()).interventions().stream()
			.map(InterventionProgress::intervention).toList();
	}

	private long version(UUID trajectory) {
		return trajectories.find(trajectory).orElseThrow().version();
	}

	/** The instrument the client's age asks for: RISc for an adult, LIJ for a minor, with synthetic scores. */
	private static Assessments.Command command(PriorityLists.Entry client, OffsetDateTime at) {
		return command(client, at.toLocalDate());
	}

	private static Assessments.Command adultCommand(LocalDate on) {
		int[] scores = { 5, 3, 1, 4, 5, 2, 3, 2, 1, 2, 3, 3 };
		Map<String, Integer> risc = new LinkedHashMap<>();
		for (int k = 0; k < scores.length; k++) {
			risc.put(Instrument.RISC.items().get(k), scores[k]);
		}
		return new Assessments.Command(Instrument.RISC, on, risc, RiskLevel.MEDIUM, null,
				"Wil hulp bij schulden; werk alleen met een stok achter de deur");
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


}
