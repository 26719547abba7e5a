package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * DESIGN.md §4 rule 8: a partner invited to a trajectory's case conference takes part in the trajectory. The
 * agenda module (which may use this module, not the other way round) publishes {@link PartnersInvited} when a
 * scenario or an action item of an item about a trajectory names partners; this adds each as a participant
 * (role PARTICIPANT: "takes part in the plan or its conferences"), so {@code TrajectoryAccessDirectory} reports
 * it among those taking part. Asynchronous after the agenda's commit, retried on a concurrent change.
 */
@Component
public class ConferenceParticipation {

	/** Partners invited to a case-conference item about a trajectory, by whom. */
	public record PartnersInvited(UUID trajectoryId, Set<UUID> organisations, UUID actorId, String actorName) {
	}

	private static final Logger log = LoggerFactory.getLogger(ConferenceParticipation.class);
	private static final int ATTEMPTS = 5;

	private final Trajectories trajectories;
	private final PartnerOrganisations partners;
	private final Clock clock;

	ConferenceParticipation(Trajectories trajectories, PartnerOrganisations partners, Clock clock) {
		this.trajectories = trajectories;
		this.partners = partners;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PartnersInvited invited) {
		Trajectory.Actor actor = new Trajectory.Actor(invited.actorId(), invited.actorName());
		for (int attempt = 1;; attempt++) {
			Trajectory trajectory = trajectories.find(invited.trajectoryId()).orElse(null);
			if (trajectory == null) {
				log.warn("Conference invitation for unknown trajectory {} ignored", invited.trajectoryId());
				return;
			}
			try {
				trajectories.change(trajectory.id(), trajectory.version(), actor, OffsetDateTime.now(clock), t -> {
					for (UUID organisation : invited.organisations()) {
						partners.nameOf(new PartnerOrganisationId(organisation)).ifPresent(name -> t
							.addParticipant(new Participant(organisation, name, Participant.Role.PARTICIPANT, null)));
					}
				});
				return;
			}
			catch (TrajectoryRefused stale) {
				if (!stale.stale() || attempt >= ATTEMPTS) {
					throw stale;
				}
			}
		}
	}
}
