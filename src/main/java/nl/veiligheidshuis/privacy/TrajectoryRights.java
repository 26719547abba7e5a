package nl.veiligheidshuis.privacy;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one user may do with one trajectory, computed by {@link TrajectoryRightsPolicy}. Services assert
 * it before they act; templates receive it and hide what the user may not do. Without {@link #read()}
 * the trajectory does not exist for the user: every page, API call, export and PDF answers 404.
 *
 * @param read see the dossier (timeline, plan, progress, contacts)
 * @param readAssessment see the assessment details (risk scores, life-domain scores, the professional's judgement)
 * @param edit record progress, change the plan, add notes
 * @param assign (re)assign the intervention manager
 * @param offer offer the plan to the client and record the contract
 * @param close close the trajectory with a reason
 * @param breakGlass open the dossier in an emergency after stating a reason (audited, time-boxed)
 * @param categories the categories of data about the client the user may see (field-level data minimisation):
 *        every category for the house's own roles, for a partner professional those the privacy covenant covers
 *        for their organisation and the client's target group
 */
public record TrajectoryRights(boolean read, boolean readAssessment, boolean edit, boolean assign, boolean offer,
		boolean close, boolean breakGlass, Set<DataCategory> categories) {

	public static final TrajectoryRights NONE = new TrajectoryRights(false, false, false, false, false, false, false,
			Set.of());

	public TrajectoryRights {
		categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
	}

	/** Rights that see every category of data (the house's own roles). */
	public TrajectoryRights(boolean read, boolean readAssessment, boolean edit, boolean assign, boolean offer, boolean close,
			boolean breakGlass) {
		this(read, readAssessment, edit, assign, offer, close, breakGlass, DataCategory.ALL);
	}

	/** Whether the user may see data of the category about this client: they read the trajectory and it is covered. */
	public boolean sees(DataCategory category) {
		return read && categories.contains(category);
	}

	/** For templates: {@code rights.sees('BSN')}. */
	public boolean sees(String category) {
		return sees(DataCategory.valueOf(category));
	}

	/** The union of two sets of rights: a user with several roles may do what any of them allows. */
	TrajectoryRights or(TrajectoryRights other) {
		Set<DataCategory> union = EnumSet.noneOf(DataCategory.class);
		union.addAll(categories);
		union.addAll(other.categories);
		return new TrajectoryRights(read || other.read, readAssessment || other.readAssessment, edit || other.edit,
				assign || other.assign, offer || other.offer, close || other.close, breakGlass || other.breakGlass, union);
	}

	/** Only what reading allows: for closed trajectories. */
	TrajectoryRights readOnly() {
		return new TrajectoryRights(read, readAssessment, false, false, false, false, breakGlass, categories);
	}
}
