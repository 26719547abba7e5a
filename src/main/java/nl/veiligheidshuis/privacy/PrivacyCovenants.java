package nl.veiligheidshuis.privacy;

import java.time.LocalDate;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * Whether a privacy covenant valid on a date lets a partner organisation receive data about clients of a
 * target group. {@link PrivacyCovenantRegister} answers from the recorded covenants.
 */
public interface PrivacyCovenants {

	boolean covers(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date);
}
