package nl.veiligheidshuis.intake;

/** The offence categories of the police antecedent import (column {@code offence_category}). */
public enum OffenceCategory {
	PROPERTY, VIOLENCE, VANDALISM, PUBLIC_ORDER, DRUGS, DOMESTIC_VIOLENCE, SEXUAL, WEAPONS, TRAFFIC, OTHER;

	static boolean isCode(String value) {
		for (OffenceCategory category : values()) {
			if (category.name().equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}
}
