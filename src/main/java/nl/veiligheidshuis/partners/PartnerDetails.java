package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the register knows about one partner. */
public record PartnerDetails(PartnerOrganisation organisation, Presence presence, @Nullable LocalDate activeFrom,
		@Nullable LocalDate activeTo, List<ContactPoint> contactPoints, List<Accession> accessions) {

	public PartnerDetails {
		contactPoints = List.copyOf(contactPoints);
		accessions = List.copyOf(accessions);
	}

	/** Whether the partner is a party to the covenant on this date (an effective accession, and still active). */
	public boolean partyOn(LocalDate date) {
		boolean active = (activeFrom == null || !date.isBefore(activeFrom)) && (activeTo == null || !date.isAfter(activeTo));
		return active && accessions.stream().anyMatch(accession -> accession.effectiveOn(date));
	}

	/** Whether this partner signed the covenant itself. */
	public boolean signatory() {
		return accessions.stream().anyMatch(accession -> accession.kind() == AccessionKind.SIGNATORY);
	}
}
