package nl.veiligheidshuis.privacy;

import nl.veiligheidshuis.partners.PartnerOrganisationId;

/**
 * Whether a privacy covenant lets a partner organisation receive data about clients of a target group.
 * The covenants themselves are recorded with the Partners issue; until then no implementation exists and
 * {@link TrajectoryRightsPolicy} answers "no" for everyone, so partner professionals see no trajectory at all (fail closed).
 */
public interface PrivacyCovenants {

	boolean covers(PartnerOrganisationId organisation, String targetGroup);
}
