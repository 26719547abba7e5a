package nl.veiligheidshuis.trajectories;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.Notifications;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.selection.PriorityListAdopted;

/**
 * When a new version of the priority list no longer holds a client with an open trajectory, the
 * intervention manager (or, while it is unassigned, every house manager) gets a message to decide whether
 * the trajectory closes as "deselected": the list changes by a meeting's decision, a trajectory only by a
 * person's. In the adoption's own transaction, so the message exists exactly when the list does.
 */
@Component
class PriorityListDepartures {

	private final StoredTrajectories stored;
	private final Notifications notifications;
	private final UserDirectory users;

	PriorityListDepartures(StoredTrajectories stored, Notifications notifications, UserDirectory users) {
		this.stored = stored;
		this.notifications = notifications;
		this.users = users;
	}

	@EventListener
	void on(PriorityListAdopted adopted) {
		for (Map.Entry<UUID, Optional<UUID>> trajectory : stored.openTrajectoriesOf(adopted.personsLeft())) {
			List<UUID> recipients = trajectory.getValue().map(List::of).orElseGet(() -> users.withRole("HOUSE_MANAGER")
				.stream().map(UserDirectory.Member::id).toList());
			for (UUID recipient : recipients) {
				notifications.notify(recipient, "trajectory.notice.leftList", List.of(String.valueOf(adopted.version())),
						"/trajecten/" + trajectory.getKey());
			}
		}
	}
}
