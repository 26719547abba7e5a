package nl.veiligheidshuis.persons;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who may see which registry person, from the user's roles (Spring Security authorities, as the persons
 * module may not use the identity module) and organisation. A user with several roles gets the widest
 * scope any of them gives.
 */
public final class PersonVisibilityPolicy {

	/** The house's own roles: intervention manager, house manager, secretariat. */
	static final Set<String> HOUSE_ROLES = Set.of("ROLE_INTERVENTION_MANAGER", "ROLE_HOUSE_MANAGER", "ROLE_SECRETARIAT");
	static final String PARTNER_PROFESSIONAL = "ROLE_PARTNER_PROFESSIONAL";

	/** The roles that may use the person pages and API at all (for the URL rules and method security). */
	public static final String MAY_SEARCH = "hasAnyRole('INTERVENTION_MANAGER', 'HOUSE_MANAGER', 'SECRETARIAT', 'PARTNER_PROFESSIONAL')";

	private PersonVisibilityPolicy() {
	}

	public static PersonVisibility of(Set<String> authorities, @Nullable UUID organisation) {
		if (authorities.stream().anyMatch(HOUSE_ROLES::contains)) {
			return new PersonVisibility(PersonVisibility.Scope.ALL, organisation);
		}
		if (authorities.contains(PARTNER_PROFESSIONAL) && organisation != null) {
			return new PersonVisibility(PersonVisibility.Scope.OWN_ORGANISATION_SOURCES, organisation);
		}
		return PersonVisibility.NONE;
	}
}
