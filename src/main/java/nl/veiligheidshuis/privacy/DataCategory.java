package nl.veiligheidshuis.privacy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The categories of personal data a privacy covenant lets a party receive (field-level data minimisation, issue 11
 * item 5; docs/privacy.md). The client's name is not a category: who takes part in a trajectory knows whom it is
 * about (DESIGN.md §4 rule 8), and without a name no dossier can be worked with. The Dutch labels are the message
 * keys {@code dataCategory.<NAME>}.
 */
public enum DataCategory {
	/** Identifying data beyond the name: date of birth, gender, aliases. */
	IDENTITY,
	/** The citizen service number (BSN). */
	BSN,
	/** Address and contact details. */
	CONTACT,
	/** Judicial and police data: antecedents, police signals. */
	JUDICIAL,
	/** Care and health data: assessment details (risk and life-domain scores, ZRM, the professional's judgement). */
	CARE,
	/** Victim data: incidents, victim records, support offers, domestic-violence cases. */
	VICTIM;

	/** Every category: what the house's own roles see. */
	public static final Set<DataCategory> ALL = Collections.unmodifiableSet(EnumSet.allOf(DataCategory.class));

	public String messageKey() {
		return "dataCategory." + name();
	}
}
