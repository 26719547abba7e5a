package nl.veiligheidshuis.trajectories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * "Mijn werk": the house manager sees how many persons of the current priority list have no trajectory yet
 * and how many trajectories wait for an intervention manager; an intervention manager sees the trajectories
 * newly assigned to them. Counts and links only, no client data.
 */
@Component
class TrajectoryWork implements MyWorkItem.Source {

	private final Trajectories trajectories;

	TrajectoryWork(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		List<MyWorkItem> items = new ArrayList<>();
		if (authorities.contains("ROLE_HOUSE_MANAGER")) {
			int listed = trajectories.listedWithoutTrajectory();
			if (listed > 0) {
				items.add(new MyWorkItem("trajectory.work.listedWithoutTrajectory", List.of(listed),
						TrajectoryPages.ROOT + "/nieuw", false));
			}
			int unassigned = trajectories.unassigned();
			if (unassigned > 0) {
				items.add(new MyWorkItem("trajectory.work.unassigned", List.of(unassigned),
						TrajectoryPages.ROOT + "?stand=" + TrajectoryState.SELECTED.name(), true));
			}
		}
		if (authorities.contains("ROLE_INTERVENTION_MANAGER")) {
			int assigned = trajectories.newlyAssigned(user.id());
			if (assigned > 0) {
				items.add(new MyWorkItem("trajectory.work.newlyAssigned", List.of(assigned),
						TrajectoryPages.ROOT + "?stand=" + TrajectoryState.ASSIGNED.name() + "&interventiemanager=" + user.id(),
						false));
			}
		}
		return items;
	}
}
