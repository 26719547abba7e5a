package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.Set;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Whether a privacy covenant valid on a date lets a partner organisation receive data about clients of a
 * target group, and which categories of it. {@link PrivacyCovenantRegister} answers from the recorded covenants.
 */
public interface PrivacyCovenants {

	boolean covers(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date);

	/**
	 * The categories of data the covenants valid on the date let the organisation receive about clients of the
	 * target group (the union over those covenants); none when no covenant covers it. By default every category
	 * of a covering covenant (for stand-ins that know no categories).
	 */
	default Set<DataCategory> categories(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return covers(organisation, targetGroup, date) ? DataCategory.ALL : Set.of();
	}
}
