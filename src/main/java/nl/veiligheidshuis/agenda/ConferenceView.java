package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * One case conference as the caller may see it: only the items their organisation is invited to (or all, for
 * the secretariat, the house manager, the chair and the minute-taker), and the invitation list computed from
 * those items only.
 *
 * @param manage the caller plans, takes minutes and records decisions and action items
 * @param publish the caller chairs the conference and publishes outcomes
 */
@PersonalData
public record ConferenceView(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, String roomName,
		UUID chairId, String chairName, UUID minuteTakerId, String minuteTakerName, boolean cancelled, List<Item> items,
		List<Invitation> invitations, boolean manage, boolean publish) {

	/**
	 * An item of the agenda: about a trajectory (with the client's name) or a general subject.
	 *
	 * @param invitedPartners the organisations invited to this item: those a scenario needs and the owners of its
	 *        (returning) action items
	 * @param returningActionItems open action items of the same trajectory from earlier conferences
	 * @param prepare the caller may add scenarios (the trajectory's intervention manager, or who manages the conference)
	 */
	public record Item(UUID id, int position, @Nullable UUID trajectoryId, @Nullable String clientName, String subject,
			@Nullable String minutes, List<Scenario> scenarios, List<Partner> invitedPartners,
			List<ExternalInvitee> externalInvitees, List<Decision> decisions, List<ActionItem> actionItems,
			List<ActionItem> returningActionItems, List<Outcome> outcomes, boolean prepare) {
	}

	public record Scenario(UUID id, String description, List<Partner> partners, String preparedByName,
			OffsetDateTime preparedAt) {
	}

	public record Partner(UUID id, String name) {
	}

	public record ExternalInvitee(UUID id, String name, String organisation, String email) {
	}

	public record Decision(UUID id, String text, OffsetDateTime recordedAt) {
	}

	public record ActionItem(UUID id, UUID itemId, String description, UUID ownerPartnerId, String ownerPartnerName,
			UUID ownerUserId, String ownerUserName, LocalDate dueOn, @Nullable String condition,
			@Nullable OffsetDateTime doneAt) {
	}

	public record Outcome(int version, String text, boolean clientInformed, @Nullable String notInformedReason,
			OffsetDateTime publishedAt, String publishedByName) {
	}

	/**
	 * One invitee of the conference and the items (positions) they are invited to; {@code present} once the
	 * attendance is recorded.
	 *
	 * @param invitee {@code partner:<id>} or {@code external:<id>}, the key of the attendance
	 */
	public record Invitation(String invitee, String name, @Nullable String email, boolean external, List<Integer> items,
			@Nullable Boolean present) {
	}
}
