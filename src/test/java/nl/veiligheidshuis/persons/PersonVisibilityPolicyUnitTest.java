package nl.veiligheidshuis.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonVisibilityPolicyUnitTest {

	private static final UUID POLICE = UUID.randomUUID();

	@Test
	void the_house_roles_see_every_person_of_the_registry() {
		for (String role : Set.of("ROLE_INTERVENTION_MANAGER", "ROLE_HOUSE_MANAGER", "ROLE_SECRETARIAT")) {
			assertThat(PersonVisibilityPolicy.of(Set.of(role), POLICE).scope()).as(role)
				.isEqualTo(PersonVisibility.Scope.ALL);
		}
	}

	@Test
	void a_partner_professional_sees_only_persons_of_their_own_organisations_sources() {
		PersonVisibility visibility = PersonVisibilityPolicy.of(Set.of("ROLE_PARTNER_PROFESSIONAL"), POLICE);

		assertThat(visibility.scope()).isEqualTo(PersonVisibility.Scope.OWN_ORGANISATION_SOURCES);
		assertThat(visibility.organisation()).isEqualTo(POLICE);
	}

	@Test
	void steering_group_members_and_functional_administrators_see_nobody() {
		assertThat(PersonVisibilityPolicy.of(Set.of("ROLE_STEERING_GROUP_MEMBER"), POLICE).seesAnyone()).isFalse();
		assertThat(PersonVisibilityPolicy.of(Set.of("ROLE_FUNCTIONAL_ADMINISTRATOR"), POLICE).seesAnyone()).isFalse();
		assertThat(PersonVisibilityPolicy.of(Set.of(), POLICE).seesAnyone()).isFalse();
	}

	@Test
	void a_user_with_several_roles_gets_the_widest_scope_and_no_organisation_means_no_own_sources() {
		assertThat(PersonVisibilityPolicy.of(Set.of("ROLE_PARTNER_PROFESSIONAL", "ROLE_SECRETARIAT"), POLICE).scope())
			.isEqualTo(PersonVisibility.Scope.ALL);
		assertThat(PersonVisibilityPolicy.of(Set.of("ROLE_PARTNER_PROFESSIONAL", "ROLE_FUNCTIONAL_ADMINISTRATOR"), POLICE)
			.scope()).isEqualTo(PersonVisibility.Scope.OWN_ORGANISATION_SOURCES);
		assertThat(PersonVisibilityPolicy.of(Set.of("ROLE_PARTNER_PROFESSIONAL"), null).seesAnyone()).isFalse();
	}
}
