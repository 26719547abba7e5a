package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.platform.DocumentId;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A privacy covenant: its parties, the target groups it covers, its purposes and legal basis, its period
 * (both ends inclusive; no end: indefinite), its document, and per party the categories of data it may receive
 * (field-level data minimisation; a party without an entry receives none).
 */
public record PrivacyCovenant(UUID id, String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups,
		String purposes, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo, @Nullable DocumentId document,
		Map<PartnerOrganisationId, Set<DataCategory>> categories) {

	public PrivacyCovenant {
		parties = Set.copyOf(parties);
		targetGroups = Set.copyOf(targetGroups);
		categories = Map.copyOf(categories);
	}

	/** A covenant that gives every party every category. */
	public PrivacyCovenant(UUID id, String title, Set<PartnerOrganisationId> parties, Set<TargetGroup> targetGroups,
			String purposes, String legalBasis, LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable DocumentId document) {
		this(id, title, parties, targetGroups, purposes, legalBasis, validFrom, validTo, document,
				parties.stream().collect(Collectors.toMap(party -> party, party -> DataCategory.ALL)));
	}

	/** The categories of data the party receives under this covenant, in the order of {@link DataCategory}. */
	public List<DataCategory> categoriesOf(PartnerOrganisationId party) {
		Set<DataCategory> of = categories.getOrDefault(party, Set.of());
		return Arrays.stream(DataCategory.values()).filter(of::contains).toList();
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

	public boolean covers(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return validOn(date) && parties.contains(organisation) && targetGroups.contains(targetGroup);
	}

	/** The categories of data the covenant lets the organisation receive about a client of the group on the date. */
	public Set<DataCategory> categories(PartnerOrganisationId organisation, TargetGroup targetGroup, LocalDate date) {
		return covers(organisation, targetGroup, date) ? categories.getOrDefault(organisation, Set.of()) : Set.of();
	}

	/** The target groups in the order of {@link TargetGroup}, for display. */
	public List<TargetGroup> targetGroupsInOrder() {
		return Arrays.stream(TargetGroup.values()).filter(targetGroups::contains).toList();
	}
}
