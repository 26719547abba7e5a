package nl.veiligheidshuis.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;

/**
 * The demo house's selection: a run of five months ago whose meeting adopted version 1 of the priority
 * list (one person excluded and one held, with reasons), so that the renewal reminder shows; and today's
 * run with a meeting in progress, some decisions taken. Built from the demo police list.
 */
@Component
class SelectionDemoData implements DemoDataSeeder {

	/** The actor of the demo's decisions (no user account: the seeding). */
	static final UUID DEMO_SEEDING = UUID.nameUUIDFromBytes("veiligheidshuis-demo-seeding".getBytes());

	private final SelectionRuns runs;
	private final SelectionMeetings meetings;
	private final RuleSets ruleSets;
	private final Clock clock;

	SelectionDemoData(SelectionRuns runs, SelectionMeetings meetings, RuleSets ruleSets, Clock clock) {
		this.runs = runs;
		this.meetings = meetings;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "selection.demo-lists";
	}

	@Override
	public int getOrder() {
		return 500;
	}

	@Override
	public void seed() {
		ruleSets.storeDefaultsWhenNone();
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"demo-seeding", null, AuthorityUtils.createAuthorityList("ROLE_SECRETARIAT", "ROLE_HOUSE_MANAGER")));
		try {
			LocalDate today = LocalDate.now(clock);
			LocalDate earlier = today.minusMonths(5).minusDays(10);
			UUID firstRun = runs.runNow(earlier, 1);
			UUID first = meetings.prepare(firstRun, earlier.plusDays(7),
					"Politie, Openbaar Ministerie, Reclassering Nederland, gemeente Heerlen, GGZ, Bureau Jeugdzorg", DEMO_SEEDING);
			List<SelectionMeetings.Item> agenda = meetings.agenda(first);
			for (int k = 0; k < agenda.size(); k++) {
				UUID person = agenda.get(k).personId();
				if (k == 1) {
					meetings.decide(first, person, MeetingDecision.EXCLUDE,
							"Zit een langdurige detentie uit; na terugkeer opnieuw bespreken.", DEMO_SEEDING);
				}
				else if (k == agenda.size() - 1) {
					meetings.decide(first, person, MeetingDecision.HOLD,
							"Reclassering start eerst een toezicht; volgend overleg bespreken.", DEMO_SEEDING);
				}
				else {
					meetings.decide(first, person, MeetingDecision.INCLUDE, null, DEMO_SEEDING);
				}
			}
			meetings.adopt(first, DEMO_SEEDING, OffsetDateTime.now(clock).minusMonths(5).minusDays(3));

			UUID currentRun = runs.runNow(today, 1);
			UUID current = meetings.prepare(currentRun, today.plusDays(3),
					"Politie, Openbaar Ministerie, Reclassering Nederland, gemeente Heerlen, Halt", DEMO_SEEDING);
			List<SelectionMeetings.Item> open = meetings.agenda(current);
			for (int k = 0; k < Math.min(2, open.size()); k++) {
				SelectionMeetings.Item item = open.get(k);
				meetings.decide(current, item.personId(), MeetingDecision.INCLUDE,
						item.onCurrentList() || item.candidate() != null ? null : "Voorgedragen in het overleg", DEMO_SEEDING);
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}
}
