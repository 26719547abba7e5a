package nl.veiligheidshuis.trajectories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * "Mijn werk" of the partner check: a partner professional sees each open commitment request to their
 * organisation (its planned start and the link to answer it); an intervention manager sees how many of their
 * plans every partner has confirmed, ready to be offered. Dates, counts and links only, no client data.
 */
@Component
class PlanWork implements MyWorkItem.Source {

	/** At most this many requests are listed one by one. */
	static final int MAX_REQUESTS = 10;

	private final InterventionPlans plans;
	private final StoredTrajectories trajectories;
	private final DateFormats dates;

	PlanWork(InterventionPlans plans, StoredTrajectories trajectories, DateFormats dates) {
		this.plans = plans;
		this.trajectories = trajectories;
		this.dates = dates;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		List<MyWorkItem> items = new ArrayList<>();
		if (authorities.contains("ROLE_PARTNER_PROFESSIONAL")) {
			for (Commitment request : plans.openRequestsTo(user.organisation(), MAX_REQUESTS)) {
				items.add(new MyWorkItem("trajectory.work.commitmentRequested", List.of(dates.date(request.plannedStart())),
						InterventionPlans.COMMITMENT_PAGE.formatted(request.interventionId()), false));
			}
		}
		if (authorities.contains("ROLE_INTERVENTION_MANAGER")) {
			long ready = trajectories.where("intervention_manager = :m AND state = :s",
					Map.of("m", user.id(), "s", TrajectoryState.PARTNER_CHECK.name()))
				.stream()
				.filter(t -> plans.allCommitmentsConfirmed(t.id()))
				.count();
			if (ready > 0) {
				items.add(new MyWorkItem("trajectory.work.readyToOffer", List.of(ready), TrajectoryPages.ROOT + "?stand="
						+ TrajectoryState.PARTNER_CHECK.name() + "&interventiemanager=" + user.id(), false));
			}
		}
		return items;
	}
}
