package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One offer of a plan version to the client and its answer: accepted (the date, the names of both who signed,
 * whether the contract and a scanned signed copy are there) or refused (the reason).
 */
public record Offer(UUID id, int planNumber, OffsetDateTime offeredAt, String offeredByName, OfferOutcome outcome,
		@Nullable OffsetDateTime answeredAt, @Nullable LocalDate acceptedOn, @Nullable String clientSignatureName,
		@Nullable String managerSignatureName, @Nullable String refusalReason, @Nullable String signedScanName) {

	public boolean accepted() {
		return outcome == OfferOutcome.ACCEPTED;
	}
}
