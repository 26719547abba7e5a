package nl.veiligheidshuis.privacy;

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
 */
public record TrajectoryRights(boolean read, boolean readAssessment, boolean edit, boolean assign, boolean offer,
		boolean close, boolean breakGlass) {

	public static final TrajectoryRights NONE = new TrajectoryRights(false, false, false, false, false, false, false);

	/** The union of two sets of rights: a user with several roles may do what any of them allows. */
	TrajectoryRights or(TrajectoryRights other) {
		return new TrajectoryRights(read || other.read, readAssessment || other.readAssessment, edit || other.edit,
				assign || other.assign, offer || other.offer, close || other.close, breakGlass || other.breakGlass);
	}

	/** Only what reading allows: for closed trajectories. */
	TrajectoryRights readOnly() {
		return new TrajectoryRights(read, readAssessment, false, false, false, false, breakGlass);
	}
}
