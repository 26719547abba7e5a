package nl.veiligheidshuis.victims;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * Synthetic victims data, entered as the police's demo user would: a repeat victim (two incidents in the last
 * months, referred to victim support with consent), a domestic-violence case that is a repeat case (an incident after
 * its last case conference) with a high-risk assessment, a safety plan and a running restraining order, and two early
 * signals (a Halt referral of a minor and a first offender). All names are made up.
 */
@Component
class VictimsDemoData implements DemoDataSeeder {

	private static final String VICTIM_SUPPORT = "Slachtofferhulp Nederland regiokantoor Limburg";

	private final Victims victims;
	private final VictimRules rules;
	private final OrganisationDirectory organisations;
	private final UserDetailsService accounts;

	VictimsDemoData(Victims victims, VictimRules rules, OrganisationDirectory organisations, UserDetailsService accounts) {
		this.victims = victims;
		this.rules = rules;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "victims.demo-incidents-and-cases";
	}

	@Override
	public int getOrder() {
		return 650;
	}

	@Override
	public void seed() {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			if (!signIn("politie.demo")) {
				return;
			}
			LocalDate today = rules.today();
			UUID first = victims.recordIncident(new Victims.IncidentCommand(today.minusMonths(4), IncidentKind.VIOLENCE,
					"Mishandeling op straat na het uitgaan", List.of(
							person(IncidentRole.VICTIM, "Fenna", "Kurvers", LocalDate.of(1994, 3, 17)),
							person(IncidentRole.SUSPECT, "Dirk", "Wolfs", LocalDate.of(1990, 11, 2)),
							person(IncidentRole.WITNESS, "Anouk", "Brouns", LocalDate.of(1988, 6, 9)))));
			UUID fenna = victims.incident(first).persons().stream().filter(p -> p.role().equals("VICTIM")).findFirst()
				.orElseThrow().personId();
			victims.recordIncident(new Victims.IncidentCommand(today.minusMonths(1), IncidentKind.THREAT,
					"Bedreiging bij de woning door dezelfde verdachte", List.of(
							new Victims.PersonInput(IncidentRole.VICTIM, fenna, null, null, null),
							person(IncidentRole.SUSPECT, "Dirk", "Wolfs", LocalDate.of(1990, 11, 2)))));
			UUID victimSupport = organisations.idOf(VICTIM_SUPPORT).orElse(null);
			if (victimSupport != null) {
				UUID offer = victims.offerSupport(fenna, new Victims.SupportOfferCommand(SupportKind.VICTIM_SUPPORT_REFERRAL,
						victimSupport, today.minusMonths(1), Consent.GIVEN));
				victims.recordOutcome(fenna, offer, Consent.GIVEN, "Twee gesprekken gevoerd; hulp bij de schadeclaim loopt.");
			}
			victims.offerSupport(fenna, new Victims.SupportOfferCommand(SupportKind.MEDIATION, null, today.minusDays(10),
					Consent.PENDING));

			Victims.PersonInput perpetrator = person(IncidentRole.SUSPECT, "Ruud", "Vaessen", LocalDate.of(1982, 1, 23));
			Victims.PersonInput victim = person(IncidentRole.VICTIM, "Ilse", "Ploumen", LocalDate.of(1985, 8, 30));
			Victims.PersonInput child = person(IncidentRole.CHILD_PRESENT, "Mila", "Vaessen", today.minusYears(7).withDayOfMonth(4));
			UUID earlier = victims.recordIncident(new Victims.IncidentCommand(today.minusMonths(5),
					IncidentKind.DOMESTIC_VIOLENCE, "Melding huiselijk geweld, kind aanwezig", List.of(perpetrator, victim, child)));
			UUID dvCase = victims.openCase(earlier);
			List<Victims.PersonInRole> members = victims.caseView(dvCase).persons();
			UUID ruud = members.stream().filter(p -> p.role().equals("PERPETRATOR")).findFirst().orElseThrow().personId();
			UUID ilse = members.stream().filter(p -> p.role().equals("VICTIM")).findFirst().orElseThrow().personId();
			UUID mila = members.stream().filter(p -> p.role().equals("CHILD")).findFirst().orElseThrow().personId();
			if (signIn("secretariaat.demo")) {
				victims.recordConference(dvCase, today.minusMonths(3));
			}
			signIn("politie.demo");
			victims.recordIncident(new Victims.IncidentCommand(today.minusDays(3), IncidentKind.DOMESTIC_VIOLENCE,
					"Nieuwe melding: geweld en doodsbedreiging", List.of(
							new Victims.PersonInput(IncidentRole.SUSPECT, ruud, null, null, null),
							new Victims.PersonInput(IncidentRole.VICTIM, ilse, null, null, null),
							new Victims.PersonInput(IncidentRole.CHILD_PRESENT, mila, null, null, null))));
			victims.assessRisk(dvCase, EnumSet.of(RiskFactor.EARLIER_VIOLENCE, RiskFactor.ESCALATING_VIOLENCE,
					RiskFactor.THREAT_TO_KILL, RiskFactor.PREGNANCY_OR_YOUNG_CHILDREN, RiskFactor.VICTIM_AFRAID), today.minusDays(2));
			victims.imposeRestrainingOrder(dvCase, ruud, today.minusDays(2));
			victims.recordSafetyPlan(dvCase, "Slachtoffer en kind blijven in de woning. Contactverbod tijdens het huisverbod. "
					+ "Noodnummer en afspraak met Veilig Thuis; school van het kind is geïnformeerd.");

			victims.recordSignal(new Victims.SignalCommand(SignalKind.HALT, "Jesse", "Habets", today.minusYears(15).withDayOfMonth(12),
					today.minusDays(20), "Vernieling van een bushokje", ReferralTarget.HALT));
			victims.recordSignal(new Victims.SignalCommand(SignalKind.FIRST_OFFENDER, "Noah", "Rouwette",
					today.minusYears(19).withDayOfMonth(5), today.minusDays(8), "Eerste winkeldiefstal, geen eerdere antecedenten",
					ReferralTarget.NONE));
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private static Victims.PersonInput person(IncidentRole role, String given, String surname, LocalDate born) {
		return new Victims.PersonInput(role, null, given, surname, born);
	}

	private boolean signIn(String username) {
		try {
			UserDetails account = accounts.loadUserByUsername(username);
			SecurityContextHolder.getContext().setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
			return true;
		}
		catch (UsernameNotFoundException absent) {
			return false;
		}
	}
}
