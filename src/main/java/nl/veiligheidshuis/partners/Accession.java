package nl.veiligheidshuis.partners;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.DocumentId;

/**
 * A partner's accession to the covenant: its signature under the covenant, or an accession declaration
 * (steering-group approval, signed declaration, effective date).
 *
 * @param effectiveFrom from when the partner is a party; {@code null} while the declaration has no
 *        effective date yet (then it is never effective)
 */
public record Accession(UUID id, AccessionKind kind, @Nullable String representative, @Nullable LocalDate approvedOn,
		@Nullable LocalDate signedOn, @Nullable LocalDate effectiveFrom, @Nullable DocumentId document) {

	/** Whether the partner is a party on this date by this accession. */
	public boolean effectiveOn(LocalDate date) {
		return effectiveFrom != null && !date.isBefore(effectiveFrom);
	}
}
