package nl.veiligheidshuis.trajectories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * "Mijn werk" of execution: an intervention manager sees how many of their contracts have no started
 * intervention after the 7 days (rule 6), and how many trajectories in execution have an overdue progress report
 * (rule 7), both urgent. Counts and links only, no client data.
 */
@Component
class ExecutionWork implements MyWorkItem.Source {

	private final Execution execution;

	ExecutionWork(Execution execution) {
		this.execution = execution;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		List<MyWorkItem> items = new ArrayList<>();
		if (authorities.contains("ROLE_INTERVENTION_MANAGER")) {
			int starts = execution.overdueFirstStarts(user.id());
			if (starts > 0) {
				items.add(new MyWorkItem("trajectory.work.firstStartOverdue", List.of(starts), TrajectoryPages.ROOT + "?stand="
						+ TrajectoryState.CONTRACTED.name() + "&interventiemanager=" + user.id(), true));
			}
			int reports = execution.overdueProgressReports(user.id());
			if (reports > 0) {
				items.add(new MyWorkItem("trajectory.work.progressReportOverdue", List.of(reports), TrajectoryPages.ROOT
						+ "?stand=" + TrajectoryState.IN_EXECUTION.name() + "&interventiemanager=" + user.id(), true));
			}
		}
		return items;
	}
}
