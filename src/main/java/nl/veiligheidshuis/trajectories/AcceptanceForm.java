package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The client's acceptance of the offer: the date, and that both the client and the intervention manager signed
 * the contract. Page form (with an optional scanned signed copy) and the JSON body of
 * {@code POST /api/v1/trajectories/{trajectoryId}/offer/acceptance}.
 */
public class AcceptanceForm {

	@NotNull(message = "{trajectory.offer.acceptedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate acceptedOn;
	@NotNull(message = "{trajectory.offer.signedByClient.required}")
	@AssertTrue(message = "{trajectory.offer.signedByClient.required}")
	private @Nullable Boolean signedByClient;
	@NotNull(message = "{trajectory.offer.signedByInterventionManager.required}")
	@AssertTrue(message = "{trajectory.offer.signedByInterventionManager.required}")
	private @Nullable Boolean signedByInterventionManager;
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public void setAcceptedOn(@Nullable LocalDate acceptedOn) {
		this.acceptedOn = acceptedOn;
	}

	public @Nullable Boolean getSignedByClient() {
		return signedByClient;
	}

	public void setSignedByClient(@Nullable Boolean signedByClient) {
		this.signedByClient = signedByClient;
	}

	public @Nullable Boolean getSignedByInterventionManager() {
		return signedByInterventionManager;
	}

	public void setSignedByInterventionManager(@Nullable Boolean signedByInterventionManager) {
		this.signedByInterventionManager = signedByInterventionManager;
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
