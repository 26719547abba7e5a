package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.DocumentId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A privacy covenant: its parties, the target groups it covers, its purposes and legal basis, its period
 * (both ends inclusive; no end: indefinite) and its document.
 */
public record PrivacyCovenant(UUID id, String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups,
		String purposes, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable DocumentId document) {

	public PrivacyCovenant {
		parties = Set.copyOf(parties);
		targetGroups = Set.copyOf(targetGroups);
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

	public boolean covers(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return validOn(date) && parties.contains(organisation) && targetGroups.contains(targetGroup);
	}

	/** The target groups in the order of {@link TargetGroup}, for display. */
	public List<TargetGroup> targetGroupsInOrder() {
		return java.util.Arrays.stream(TargetGroup.values()).filter(targetGroups::contains).toList();
	}
}
