package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.DemoPdf;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The need-to-know rule against real covenant data in PostgreSQL: accession declarations of the partner
 * register and recorded privacy covenants, with the policy on a fixed clock.
 */
@HouseIntegrationTest
class CovenantAccessIntegrationTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@LocalServerPort
	int port;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	PrivacyCovenantRegister covenants;

	@Autowired
	CovenantParties parties;

	@Autowired
	Documents documents;

	@Test
	void a_signing_partner_reads_a_trajectory_of_any_target_group_under_the_demo_privacy_covenant() {
		PartnerOrganisationId probation = partners.findByName("Stichting Reclassering Nederland regio Limburg").orElseThrow();

		for (TargetGroup group : TargetGroup.values()) {
			assertThat(policyOn(LocalDate.of(2026, 3, 1)).rightsOf(professional(probation, PartnerType.PROBATION),
					trajectory(group, probation), false).read()).as(group.name()).isTrue();
		}
		assertThat(policyOn(LocalDate.of(2006, 9, 6)).rightsOf(professional(probation, PartnerType.PROBATION),
				trajectory(TargetGroup.PROLIFIC_OFFENDER, probation), false))
			.as("the day before the covenant was signed").isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void a_partner_whose_accession_declaration_is_not_yet_effective_gets_no_access() {
		PartnerOrganisationId joiner = partners.register("Woningstichting Toetreder " + UUID.randomUUID(), PartnerType.HOUSING);
		covenantFor(joiner, EnumSet.allOf(TargetGroup.class), LocalDate.of(2026, 1, 1), null);
		UUID covenant = partners.covenant().orElseThrow().id();
		partners.recordDeclaration(joiner, covenant, "mevrouw T. Reder", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 12),
				LocalDate.of(2026, 4, 1), documents.store("verklaring.pdf", DemoPdf.withText("verklaring"), "test"), "test");
		TrajectoryAccessFacts facts = trajectory(TargetGroup.PROLIFIC_OFFENDER, joiner);

		assertThat(policyOn(LocalDate.of(2026, 3, 31)).rightsOf(professional(joiner, PartnerType.HOUSING), facts, false))
			.as("approved and signed, not yet effective").isEqualTo(TrajectoryRights.NONE);
		assertThat(policyOn(LocalDate.of(2026, 4, 1)).rightsOf(professional(joiner, PartnerType.HOUSING), facts, false).read())
			.as("effective").isTrue();
	}

	@Test
	void a_joiner_gets_access_once_the_house_manager_adds_it_to_the_privacy_covenant() {
		PartnerOrganisationId joiner = effectivePartner("Later toegetreden");
		TrajectoryAccessFacts facts = trajectory(TargetGroup.HARD_CORE_YOUTH, joiner);
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(policyOn(day).rightsOf(professional(joiner, PartnerType.CARE), facts, false))
			.as("effective accession, but no privacy covenant").isEqualTo(TrajectoryRights.NONE);
		UUID demoCovenant = covenants.all().stream()
			.filter(covenant -> covenant.title().equals(PrivacyCovenantDemoData.TITLE))
			.findFirst().orElseThrow().id();

		HttpTestClient manager = new HttpTestClient(port);
		manager.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String page = "/privacyconvenanten/" + demoCovenant;
		assertThat(manager.postForm(page, page + "/partijen", "party=" + joiner.value()).statusCode()).isEqualTo(302);

		assertThat(policyOn(day).rightsOf(professional(joiner, PartnerType.CARE), facts, false).read()).isTrue();
		assertThat(manager.get(page).body()).contains("De partner is als partij toegevoegd.");
	}

	@Test
	void the_house_manager_records_a_privacy_covenant_with_its_signed_pdf_and_it_gives_access() {
		PartnerOrganisationId shelter = effectivePartner("Opvang Nieuw Convenant");
		TrajectoryAccessFacts facts = trajectory(TargetGroup.FIRST_OFFENDER, shelter);
		HttpTestClient manager = new HttpTestClient(port);
		manager.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String title = "Privacyconvenant first offenders " + UUID.randomUUID();
		java.util.Map<String, String> fields = java.util.Map.of("title", title, "purposes", "Vroeghulp",
				"legalBasis", "AVG art. 6 lid 1 sub e", "validFrom", "2026-01-01", "validTo", "2026-12-31",
				"parties", shelter.value().toString(), "targetGroups", "FIRST_OFFENDER");
		String action = uploadAction(manager);

		var refused = manager.postMultipart(action, fields, "document", "convenant.pdf", "application/pdf",
				"GIF89a geen pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Het bestand is geen pdf.");
		assertThat(covenants.all()).noneMatch(covenant -> covenant.title().equals(title));

		var saved = manager.postMultipart(action, fields, "document", "convenant.pdf", "application/pdf",
				DemoPdf.withText("Privacyconvenant"));
		assertThat(saved.statusCode()).isEqualTo(302);
		PrivacyCovenant recorded = covenants.all().stream().filter(covenant -> covenant.title().equals(title))
			.findFirst().orElseThrow();
		assertThat(recorded.document()).isNotNull();
		assertThat(recorded.parties()).containsExactly(shelter);
		assertThat(policyOn(LocalDate.of(2026, 12, 31)).rightsOf(professional(shelter, PartnerType.CARE), facts, false).read())
			.isTrue();
		assertThat(policyOn(LocalDate.of(2027, 1, 1)).rightsOf(professional(shelter, PartnerType.CARE), facts, false))
			.isEqualTo(TrajectoryRights.NONE);
	}

	/** Tomcat refuses a multipart request of more than server.tomcat.max-part-count parts, so the form sends few. */
	@Test
	void the_privacy_covenant_form_sends_one_part_per_chosen_value_not_per_checkbox() {
		HttpTestClient manager = new HttpTestClient(port);
		manager.login("manager.demo", HouseIntegrationTest.DEMO_PASSWORD);
		String page = manager.get("/privacyconvenanten/nieuw").body();
		String form = page.substring(page.indexOf("<main"), page.indexOf("</main>"));

		assertThat(form.split("type=\"hidden\"", -1)).as("hidden fields: the CSRF token and one marker per checkbox group")
			.hasSize(1 + 4);
		// target groups, data categories, partners
		assertThat(form.split("type=\"checkbox\"", -1)).hasSizeGreaterThan(1 + 12 + 6 + 20);
	}

	private static String uploadAction(HttpTestClient client) {
		java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"([^\"]*/privacyconvenanten\\?[^\"]*)\"")
			.matcher(client.get("/privacyconvenanten/nieuw").body());
		assertThat(action.find()).as("the form with the CSRF token in its action").isTrue();
		return action.group(1).replace("&amp;", "&");
	}

	@Test
	void a_partner_without_any_accession_gets_no_access_even_under_a_privacy_covenant() {
		PartnerOrganisationId outsider = partners.register("Buitenstaander " + UUID.randomUUID(), PartnerType.OTHER);
		covenantFor(outsider, EnumSet.allOf(TargetGroup.class), LocalDate.of(2026, 1, 1), null);

		assertThat(policyOn(LocalDate.of(2026, 3, 1)).rightsOf(professional(outsider, PartnerType.OTHER),
				trajectory(TargetGroup.PROLIFIC_OFFENDER, outsider), false)).isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void a_privacy_covenant_that_does_not_cover_the_clients_target_group_gives_no_access() {
		PartnerOrganisationId shelter = effectivePartner("Opvang Dekking");
		covenantFor(shelter, EnumSet.of(TargetGroup.DOMESTIC_VIOLENCE_VICTIM), LocalDate.of(2026, 1, 1), null);
		LocalDate day = LocalDate.of(2026, 3, 1);

		assertThat(policyOn(day).rightsOf(professional(shelter, PartnerType.CARE),
				trajectory(TargetGroup.DOMESTIC_VIOLENCE_VICTIM, shelter), false).read()).isTrue();
		assertThat(policyOn(day).rightsOf(professional(shelter, PartnerType.CARE),
				trajectory(TargetGroup.PROLIFIC_OFFENDER, shelter), false)).isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void an_expired_privacy_covenant_ends_access_on_the_day_after_its_end_date() {
		PartnerOrganisationId shelter = effectivePartner("Opvang Einde");
		LocalDate end = LocalDate.of(2026, 6, 30);
		UUID covenant = covenantFor(shelter, EnumSet.of(TargetGroup.PROBLEM_YOUTH), LocalDate.of(2026, 1, 1), end);
		TrajectoryAccessFacts facts = trajectory(TargetGroup.PROBLEM_YOUTH, shelter);

		assertThat(policyOn(end).rightsOf(professional(shelter, PartnerType.CARE), facts, false).read()).isTrue();
		assertThat(policyOn(end.plusDays(1)).rightsOf(professional(shelter, PartnerType.CARE), facts, false))
			.isEqualTo(TrajectoryRights.NONE);

		covenants.changeEnd(covenant, null);
		assertThat(policyOn(end.plusDays(1)).rightsOf(professional(shelter, PartnerType.CARE), facts, false).read())
			.as("the end lifted").isTrue();
	}

	private PartnerOrganisationId effectivePartner(String name) {
		PartnerOrganisationId id = partners.register(name + " " + UUID.randomUUID(), PartnerType.CARE);
		partners.recordDeclaration(id, partners.covenant().orElseThrow().id(), null, LocalDate.of(2025, 12, 1), null,
				LocalDate.of(2026, 1, 1), null, "test");
		return id;
	}

	private UUID covenantFor(PartnerOrganisationId partner, Set<TargetGroup> groups, LocalDate from, LocalDate to) {
		return covenants.record("Privacyconvenant test " + UUID.randomUUID(), Set.of(partner), groups, "doelen", "grondslag",
				from, to, null);
	}

	private TrajectoryRightsPolicy policyOn(LocalDate date) {
		return new TrajectoryRightsPolicy(covenants, parties,
				Clock.fixed(date.atTime(23, 30).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
	}

	private static Requester professional(PartnerOrganisationId organisation, PartnerType type) {
		return new Requester(UUID.randomUUID(), Set.of(Role.PARTNER_PROFESSIONAL), organisation, type);
	}

	private static TrajectoryAccessFacts trajectory(TargetGroup group, PartnerOrganisationId takingPart) {
		return new TrajectoryAccessFacts(UUID.randomUUID(), UUID.randomUUID(), group, null, Set.of(takingPart), true);
	}
}
