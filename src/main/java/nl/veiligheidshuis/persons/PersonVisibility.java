package nl.veiligheidshuis.persons;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which registry persons a user may find and see. Until trajectories add "takes part", a partner
 * professional sees only persons about whom their own organisation sent a source record.
 */
public record PersonVisibility(Scope scope, @Nullable UUID organisation) {

	public enum Scope {
		/** The house's own roles: every person of the registry. */
		ALL,
		/** Partner professionals: persons with a source record of their own organisation. */
		OWN_ORGANISATION_SOURCES,
		/** Steering group, functional administrators: no person at all. */
		NONE
	}

	public static final PersonVisibility NONE = new PersonVisibility(Scope.NONE, null);

	public PersonVisibility {
		if (scope == Scope.OWN_ORGANISATION_SOURCES && organisation == null) {
			throw new IllegalArgumentException("Seeing own sources needs the organisation");
		}
	}

	public boolean seesAnyone() {
		return scope != Scope.NONE;
	}
}
