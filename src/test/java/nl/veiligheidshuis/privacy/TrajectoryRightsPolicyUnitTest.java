package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerType;
import nl.veiligheidshuis.platform.TargetGroup;

class TrajectoryRightsPolicyUnitTest {

	private static final TargetGroup PROLIFIC_OFFENDER = TargetGroup.PROLIFIC_OFFENDER;
	private static final PartnerOrganisationId POLICE = PartnerOrganisationId.random();
	private static final PartnerOrganisationId PROBATION = PartnerOrganisationId.random();
	private static final PartnerOrganisationId HOUSING = PartnerOrganisationId.random();
	private static final PartnerOrganisationId JOINER = PartnerOrganisationId.random();
	private static final UUID MANAGER = UUID.randomUUID();
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
	private static final LocalDate COVENANT_ENDS = LocalDate.of(2026, 6, 30);

	/** Police, probation and the joiner are covered for prolific offenders until the covenant ends. */
	private static final PrivacyCovenant COVENANT = new PrivacyCovenant(UUID.randomUUID(), "Privacyconvenant",
			Set.of(POLICE, PROBATION, JOINER), Set.of(PROLIFIC_OFFENDER), "doelen", "grondslag", LocalDate.of(2006, 9, 7),
			COVENANT_ENDS, null);

	/** Everyone is a party to the covenant since 2006, but the joiner's accession takes effect only next month. */
	private static final CovenantParties PARTIES = (organisation, date) -> !organisation.equals(JOINER)
			|| !date.isBefore(TODAY.plusMonths(1));

	private final TrajectoryRightsPolicy policy = policyOn(TODAY);

	private static TrajectoryRightsPolicy policyOn(LocalDate date) {
		return new TrajectoryRightsPolicy(COVENANT::covers, PARTIES,
				Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	private static TrajectoryAccessFacts trajectory(Set<PartnerOrganisationId> takingPart) {
		return new TrajectoryAccessFacts(UUID.randomUUID(), UUID.randomUUID(), PROLIFIC_OFFENDER, MANAGER, takingPart, true);
	}

	private static Requester requester(UUID id, PartnerOrganisationId organisation, PartnerType type, Role... roles) {
		return new Requester(id, EnumSet.of(roles[0], roles), organisation, type);
	}

	private static Requester professional(PartnerOrganisationId organisation, PartnerType type) {
		return requester(UUID.randomUUID(), organisation, type, Role.PARTNER_PROFESSIONAL);
	}

	@Test
	void the_assigned_intervention_manager_may_do_everything_but_assign() {
		TrajectoryRights rights = policy.rightsOf(requester(MANAGER, HOUSING, PartnerType.OTHER, Role.INTERVENTION_MANAGER),
				trajectory(Set.of()), false);

		assertThat(rights).isEqualTo(new TrajectoryRights(true, true, true, false, true, true, false));
	}

	@Test
	void another_intervention_manager_sees_nothing() {
		assertThat(policy.rightsOf(requester(UUID.randomUUID(), HOUSING, PartnerType.OTHER, Role.INTERVENTION_MANAGER),
				trajectory(Set.of()), false)).isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void the_house_manager_reads_assigns_and_closes_but_does_not_direct() {
		TrajectoryRights rights = policy.rightsOf(requester(UUID.randomUUID(), HOUSING, PartnerType.MUNICIPALITY,
				Role.HOUSE_MANAGER), trajectory(Set.of()), false);

		assertThat(rights).isEqualTo(new TrajectoryRights(true, true, false, true, false, true, false));
	}

	@Test
	void a_professional_of_a_taking_part_and_covered_partner_reads_without_assessment_details() {
		TrajectoryRights rights = policy.rightsOf(professional(POLICE, PartnerType.POLICE), trajectory(Set.of(POLICE)), false);

		assertThat(rights).isEqualTo(new TrajectoryRights(true, false, false, false, false, false, false));
	}

	@Test
	void a_care_partner_taking_part_also_reads_the_assessment() {
		TrajectoryRights rights = policy.rightsOf(professional(PROBATION, PartnerType.PROBATION),
				trajectory(Set.of(PROBATION)), false);

		assertThat(rights.read()).isTrue();
		assertThat(rights.readAssessment()).isTrue();
		assertThat(rights.edit()).isFalse();
	}

	@Test
	void a_professional_of_a_partner_that_does_not_take_part_sees_nothing() {
		assertThat(policy.rightsOf(professional(POLICE, PartnerType.POLICE), trajectory(Set.of(PROBATION)), false))
			.isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void taking_part_without_a_covering_privacy_covenant_gives_nothing() {
		assertThat(policy.rightsOf(professional(HOUSING, PartnerType.HOUSING), trajectory(Set.of(HOUSING)), false))
			.isEqualTo(TrajectoryRights.NONE);
		TrajectoryAccessFacts domesticViolence = new TrajectoryAccessFacts(UUID.randomUUID(), UUID.randomUUID(), TargetGroup.DOMESTIC_VIOLENCE_VICTIM,
				MANAGER, Set.of(POLICE), true);
		assertThat(policy.rightsOf(professional(POLICE, PartnerType.POLICE), domesticViolence, false))
			.isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void a_partner_whose_accession_is_not_yet_effective_gets_nothing_until_it_is() {
		TrajectoryAccessFacts facts = trajectory(Set.of(JOINER));

		assertThat(policy.rightsOf(professional(JOINER, PartnerType.CARE), facts, false)).isEqualTo(TrajectoryRights.NONE);
		assertThat(policyOn(TODAY.plusMonths(1)).rightsOf(professional(JOINER, PartnerType.CARE), facts, false).read())
			.isTrue();
	}

	@Test
	void an_expired_privacy_covenant_gives_access_on_its_end_date_and_none_the_day_after() {
		TrajectoryAccessFacts facts = trajectory(Set.of(POLICE));

		assertThat(policyOn(COVENANT_ENDS).rightsOf(professional(POLICE, PartnerType.POLICE), facts, false).read()).isTrue();
		assertThat(policyOn(COVENANT_ENDS.plusDays(1)).rightsOf(professional(POLICE, PartnerType.POLICE), facts, false))
			.isEqualTo(TrajectoryRights.NONE);
	}

	@Test
	void the_secretariat_sees_nothing_but_may_break_the_glass_and_then_reads() {
		Requester secretariat = requester(UUID.randomUUID(), HOUSING, PartnerType.OTHER, Role.SECRETARIAT);

		assertThat(policy.rightsOf(secretariat, trajectory(Set.of()), false))
			.isEqualTo(new TrajectoryRights(false, false, false, false, false, false, true));
		assertThat(policy.rightsOf(secretariat, trajectory(Set.of()), true))
			.isEqualTo(new TrajectoryRights(true, true, false, false, false, false, true));
	}

	@Test
	void steering_group_members_and_functional_administrators_never_see_client_data() {
		for (Role role : EnumSet.of(Role.STEERING_GROUP_MEMBER, Role.FUNCTIONAL_ADMINISTRATOR)) {
			assertThat(policy.rightsOf(requester(UUID.randomUUID(), POLICE, PartnerType.POLICE, role),
					trajectory(Set.of(POLICE)), true)).isEqualTo(TrajectoryRights.NONE);
		}
	}

	@Test
	void several_roles_give_the_union_of_their_rights() {
		Requester both = requester(UUID.randomUUID(), POLICE, PartnerType.POLICE, Role.PARTNER_PROFESSIONAL,
				Role.HOUSE_MANAGER);

		assertThat(policy.rightsOf(both, trajectory(Set.of()), false))
			.isEqualTo(new TrajectoryRights(true, true, false, true, false, true, false));
	}

	@Test
	void a_closed_trajectory_can_be_read_but_not_changed() {
		TrajectoryAccessFacts closed = new TrajectoryAccessFacts(UUID.randomUUID(), UUID.randomUUID(), PROLIFIC_OFFENDER, MANAGER, Set.of(),
				false);

		assertThat(policy.rightsOf(requester(MANAGER, HOUSING, PartnerType.OTHER, Role.INTERVENTION_MANAGER), closed, false))
			.isEqualTo(new TrajectoryRights(true, true, false, false, false, false, false));
	}

	@Test
	void a_partner_sees_only_the_categories_its_covenant_shares_and_assessments_only_with_care_data() {
		PrivacyCovenant narrow = new PrivacyCovenant(UUID.randomUUID(), "Smal", Set.of(PROBATION, POLICE),
				Set.of(PROLIFIC_OFFENDER), "doelen", "grondslag", LocalDate.of(2006, 9, 7), null, null,
				java.util.Map.of(PROBATION, EnumSet.of(DataCategory.IDENTITY, DataCategory.JUDICIAL), POLICE, DataCategory.ALL));
		TrajectoryRightsPolicy policy = new TrajectoryRightsPolicy(new PrivacyCovenants() {

			@Override
			public boolean covers(PartnerOrganisationId organisation, TargetGroup group, LocalDate date) {
				return narrow.covers(organisation, group, date);
			}

			@Override
			public Set<DataCategory> categories(PartnerOrganisationId organisation, TargetGroup group, LocalDate date) {
				return narrow.categories(organisation, group, date);
			}
		}, PARTIES, Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		TrajectoryAccessFacts both = trajectory(Set.of(PROBATION, POLICE));

		TrajectoryRights probation = policy.rightsOf(professional(PROBATION, PartnerType.PROBATION), both, false);
		assertThat(probation.read()).isTrue();
		assertThat(probation.readAssessment()).as("a care partner without care data").isFalse();
		assertThat(probation.sees(DataCategory.IDENTITY)).isTrue();
		assertThat(probation.sees(DataCategory.BSN)).isFalse();
		assertThat(probation.sees(DataCategory.CARE)).isFalse();
		assertThat(policy.rightsOf(professional(POLICE, PartnerType.POLICE), both, false).categories())
			.isEqualTo(DataCategory.ALL);
		assertThat(policy.rightsOf(requester(MANAGER, HOUSING, PartnerType.OTHER, Role.INTERVENTION_MANAGER), both, false)
			.categories()).as("the house's own roles").isEqualTo(DataCategory.ALL);
		assertThat(TrajectoryRights.NONE.sees(DataCategory.IDENTITY)).isFalse();
	}
}
