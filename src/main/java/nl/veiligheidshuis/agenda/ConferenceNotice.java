package nl.veiligheidshuis.agenda;

import java.util.UUID;

/** Published when the invitees must hear of a conference: invited, changed or cancelled (mail without client data). */
record ConferenceNotice(UUID conferenceId, Kind kind) {

	enum Kind {
		/** The invitations go out. */
		INVITATION,
		/** Time or room changed. */
		CHANGE,
		/** The conference was cancelled. */
		CANCELLATION
	}

	/** The chair sent an outcome version to the item's external invitees. */
	public record OutcomeForExternals(UUID conferenceId, UUID itemId, int version) {
	}
}
