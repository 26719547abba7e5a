package nl.veiligheidshuis.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserDirectory;

/**
 * Synthetic referrals and signals of the demo house, from the police, probation and the municipality (the
 * demo accounts of those partners), in every state: four open in the triage queue, two accepted, one
 * referred elsewhere, one rejected (decided by the demo secretariat, so the referrers have inbox
 * messages). Some concern persons the demo registry already knows, some are new. Seven more accepted referrals of
 * new persons (without police antecedents, so the selection is not changed) are the urgent cases the demo
 * trajectories take on. Synthetic names only.
 */
@Component
class ReferralsDemoData implements DemoDataSeeder {

	private record Demo(String username, String organisation, String referrer, ReferralKind kind, String given,
			@Nullable String prefix, String surname, String birth, String gender, String city, TargetGroup group,
			int daysAgo, @Nullable String notInformed, @Nullable TriageDecision decision) {
	}

	private static final String POLICE = "Politie regio Limburg Zuid";
	private static final String PROBATION = "Stichting Reclassering Nederland regio Limburg";
	private static final String MUNICIPALITY = "Gemeente Heerlen";
	private static final TriageDecision URGENT = new TriageDecision.Accept("Acuut; past in de aanpak van het huis.");

	private static final List<Demo> DEMO = List.of(
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.REFERRAL, "Kevin", null, "Janssen", "2003-11-23",
					"M", "Brunssum", TargetGroup.REPEAT_OFFENDER, 9, null, null),
			new Demo("reclassering.demo", PROBATION, "Rana El Idrissi", ReferralKind.SIGNAL, "Roy", null, "Vankan",
					"1989-05-05", "M", "Heerlen", TargetGroup.PROLIFIC_OFFENDER, 6, null, null),
			new Demo("manager.demo", MUNICIPALITY, "Mark de Wit", ReferralKind.REFERRAL, "Demi", null, "Kicken", "2009-04-12",
					"V", "Heerlen", TargetGroup.PROBLEM_YOUTH, 3, "Eerst overleg met de ouders; de jongere wordt daarna ingelicht.",
					null),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.SIGNAL, "Luuk", null, "Ramakers", "1991-09-30", "M",
					"Kerkrade", TargetGroup.DOMESTIC_VIOLENCE_PERPETRATOR, 1, null, null),
			new Demo("reclassering.demo", PROBATION, "Rana El Idrissi", ReferralKind.REFERRAL, "Marco", null, "Schreurs",
					"1984-04-04", "M", "Kerkrade", TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER, 24, null,
					new TriageDecision.Accept("Voldoet aan de criteria; agenderen voor het volgende selectieoverleg.")),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.REFERRAL, "Bianca", "van de", "Laar", "1977-12-31",
					"V", "Landgraaf", TargetGroup.PERSISTENT_NUISANCE_OFFENDER, 17, null,
					new TriageDecision.Accept("Aanhoudende overlast in de wijk; kandidaat voor selectie.")),
			new Demo("manager.demo", MUNICIPALITY, "Mark de Wit", ReferralKind.SIGNAL, "Gert", null, "Pelzer", "1968-02-14", "M",
					"Heerlen", TargetGroup.PERSISTENT_NUISANCE_OFFENDER, 14, null,
					new TriageDecision.ReferElsewhere("Wijkteam Heerlen-Noord", "Vraag om zorg zonder strafrechtelijke kant; past bij het wijkteam.")),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.SIGNAL, "Sem", null, "Hamers", "2010-07-03", "M",
					"Brunssum", TargetGroup.FIRST_OFFENDER, 11, null,
					new TriageDecision.Reject("Eenmalig incident zonder zorgsignalen; geen persoon voor de aanpak van het huis.")),
			// accepted urgent referrals that the demo trajectories take on (offer, contract, execution, aftercare)
			new Demo("reclassering.demo", PROBATION, "Rana El Idrissi", ReferralKind.REFERRAL, "Jordy", null, "Vliegen",
					"1986-02-11", "M", "Heerlen", TargetGroup.PROLIFIC_OFFENDER, 160, null, URGENT),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.REFERRAL, "Stefan", null, "Lardinois",
					"1990-10-27", "M", "Kerkrade", TargetGroup.PROLIFIC_OFFENDER, 158, null, URGENT),
			new Demo("manager.demo", MUNICIPALITY, "Mark de Wit", ReferralKind.REFERRAL, "Nicole", null, "Bemelmans",
					"1982-06-19", "V", "Heerlen", TargetGroup.PERSISTENT_NUISANCE_OFFENDER, 156, null, URGENT),
			new Demo("reclassering.demo", PROBATION, "Rana El Idrissi", ReferralKind.REFERRAL, "Patrick", null, "Ubachs",
					"1979-01-30", "M", "Landgraaf", TargetGroup.REPEAT_OFFENDER, 154, null, URGENT),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.REFERRAL, "Rik", null, "Coenen", "1995-09-05",
					"M", "Brunssum", TargetGroup.PROLIFIC_OFFENDER, 60, null, URGENT),
			new Demo("politie.demo", POLICE, "Pieter Smeets", ReferralKind.REFERRAL, "Dewi", null, "Bollen", "1992-08-14",
					"V", "Heerlen", TargetGroup.PERSISTENT_NUISANCE_OFFENDER, 8, null, URGENT),
			new Demo("reclassering.demo", PROBATION, "Rana El Idrissi", ReferralKind.REFERRAL, "Ramon", null, "Hendriks",
					"1994-03-08", "M", "Heerlen", TargetGroup.DOMESTIC_VIOLENCE_PERPETRATOR, 3, null, URGENT));

	private final Referrals referrals;
	private final OrganisationDirectory organisations;
	private final UserDirectory users;
	private final Clock clock;

	ReferralsDemoData(Referrals referrals, OrganisationDirectory organisations, UserDirectory users, Clock clock) {
		this.referrals = referrals;
		this.organisations = organisations;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "intake.demo-referrals";
	}

	@Override
	public int getOrder() {
		return 400;
	}

	@Override
	public void seed() {
		UUID secretariat = users.idOf("secretariaat.demo").orElseThrow();
		UUID police = organisations.idOf(POLICE).orElseThrow();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Demo demo : DEMO) {
			ReferralSubmission submission = new ReferralSubmission(demo.kind(), null, demo.given(), demo.prefix(),
					demo.surname(), LocalDate.parse(demo.birth()), demo.gender(), null, null, null, demo.city(),
					Set.of(demo.group()), "Synthetische demo-aanmelding: herhaald contact met de politie en zorgen in de wijk.",
					demo.kind() == ReferralKind.REFERRAL ? "Gezamenlijke aanpak met een plan op maat." : null,
					demo.organisation().equals(POLICE) ? List.of() : List.of(police), demo.notInformed() == null,
					demo.notInformed());
			Referrals.Received received = referrals.receive(submission, users.idOf(demo.username()).orElseThrow(),
					demo.referrer(), organisations.idOf(demo.organisation()).orElseThrow(), demo.organisation(),
					now.minusDays(demo.daysAgo()));
			if (demo.decision() != null) {
				referrals.decide(received.id(), demo.decision(), secretariat, "Sanne Vos", now.minusDays(demo.daysAgo() - 2));
			}
		}
	}
}
