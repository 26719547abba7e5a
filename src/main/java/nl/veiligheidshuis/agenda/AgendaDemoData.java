package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectorySummary;

/**
 * Synthetic case conferences after the demo trajectories: one held a week ago with two items (minutes, decisions,
 * an open action item of probation's demo user, a done one of the police, a published outcome) and one next week
 * whose agenda brings the open action item back.
 */
@Component
class AgendaDemoData implements DemoDataSeeder {

	private static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";
	private static final String POLICE = "Politie regio Limburg Zuid";

	private final CaseConferences conferences;
	private final Trajectories trajectories;
	private final PartnerOrganisations partners;
	private final UserDirectory users;
	private final Clock clock;
	private final UserDetailsService accounts;

	AgendaDemoData(CaseConferences conferences, Trajectories trajectories, PartnerOrganisations partners,
			UserDirectory users, Clock clock, UserDetailsService accounts) {
		this.accounts = accounts;
		this.conferences = conferences;
		this.trajectories = trajectories;
		this.partners = partners;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "agenda.demo-case-conferences";
	}

	@Override
	public int getOrder() {
		return 700;
	}

	@Override
	public void seed() {
		UUID manager = users.idOf("manager.demo").orElse(null);
		UUID secretary = users.idOf("secretariaat.demo").orElse(null);
		UUID probationUser = users.idOf("reclassering.demo").orElse(null);
		UUID policeUser = users.idOf("politie.demo").orElse(null);
		UUID probation = partners.findByName(PROBATION).map(PartnerOrganisationId::value).orElse(null);
		UUID police = partners.findByName(POLICE).map(PartnerOrganisationId::value).orElse(null);
		if (manager == null || secretary == null || probationUser == null || policeUser == null || probation == null
				|| police == null) {
			return;
		}
		// The house manager as signed in (the account's own principal), so the trajectory rights apply as in use.
		UserDetails account = accounts.loadUserByUsername("manager.demo");
		UserProfile chair = (UserProfile) account;
		SignedIn.as(account, () -> {
			List<TrajectorySummary> open = trajectories.visible(null, null).stream().filter(t -> t.state().open())
				.filter(t -> t.interventionManager() != null).limit(2).toList();
			if (open.size() < 2 || conferences.meetingRooms().isEmpty()) {
				return;
			}
			UUID room = conferences.meetingRooms().getFirst().id();
			LocalDate today = LocalDate.now(clock);
			OffsetDateTime held = today.minusDays(7).atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toOffsetDateTime();
			OffsetDateTime now = OffsetDateTime.now(clock);
			UUID conference = conferences.plan(new CaseConferences.PlanCommand(held, held.plusHours(2), room, manager,
					secretary), manager, now.minusDays(21));
			UUID first = conferences.addItem(conference, open.get(0).id(), null, chair);
			UUID second = conferences.addItem(conference, open.get(1).id(), null, chair);
			conferences.addScenario(conference, first, "Scenario A: toezicht door de reclassering met meldplicht en "
					+ "begeleid wonen", Set.of(probation), chair);
			conferences.addScenario(conference, first, "Scenario B: voorwaardelijk sepot met bijzondere voorwaarden",
					Set.of(probation, police), chair);
			conferences.addScenario(conference, second, "Gebiedsverbod handhaven en wijkagent als vast aanspreekpunt",
					Set.of(police), chair);
			conferences.addExternalInvitee(conference, second, "J. Ramakers", "Woningcorporatie Weller (demo)",
					"wijkconsulent@weller.example.invalid");
			conferences.recordMinutes(conference, first, "Scenario A besproken; de reclassering kan binnen een week "
					+ "starten. Cliënt staat open voor begeleid wonen.");
			conferences.recordDecision(conference, first, "Scenario A gekozen; de interventiemanager blijft casusregisseur.",
					chair);
			conferences.addActionItem(conference, first, new CaseConferences.ActionItemCommand(
					"Intakegesprek toezicht plannen en meldplicht afspreken", probationUser, today.plusDays(5),
					"Alleen als de cliënt het contract tekent"), chair);
			conferences.publishOutcome(conference, first, "Scenario A: toezicht met meldplicht en begeleid wonen.", false,
					"Gesprek met de cliënt staat gepland na de intake", chair);
			conferences.recordMinutes(conference, second, "Overlast in de wijk is afgenomen sinds het gebiedsverbod.");
			conferences.recordDecision(conference, second, "Gebiedsverbod blijft; evaluatie over drie maanden.", chair);
			UUID done = conferences.addActionItem(conference, second, new CaseConferences.ActionItemCommand(
					"Wijkagent informeert de woningcorporatie", policeUser, today.minusDays(2), null), chair);
			conferences.completeActionItem(conference, done);
			OffsetDateTime upcoming = today.plusDays(7).atTime(LocalTime.of(10, 0)).atZone(clock.getZone())
				.toOffsetDateTime();
			conferences.plan(new CaseConferences.PlanCommand(upcoming, upcoming.plusHours(2), room, manager, secretary),
					manager, now);
		});
	}
}
