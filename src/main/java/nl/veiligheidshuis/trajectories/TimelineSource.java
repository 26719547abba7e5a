package nl.veiligheidshuis.trajectories;

import java.util.List;
import java.util.UUID;

/**
 * Timeline entries that another module keeps about a trajectory (the agenda's action items and published
 * outcomes of case conferences): the dossier merges them with its own entries by time. Implementations read only
 * their own tables; the dossier has checked that the user may read the trajectory before it asks.
 */
public interface TimelineSource {

	/** The entries about this trajectory, in any order. */
	List<TimelineEntry> entriesOf(UUID trajectoryId);
}
