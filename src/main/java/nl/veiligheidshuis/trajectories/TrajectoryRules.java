package nl.veiligheidshuis.trajectories;

/** The message keys of the start and assignment rules; a violation of each is listed by a 409. */
final class TrajectoryRules {

	static final String NO_CURRENT_LIST = "trajectory.rule.noCurrentList";
	static final String NOT_ON_LIST = "trajectory.rule.notOnList";
	static final String REFERRAL_NOT_ACCEPTED = "trajectory.rule.referralNotAccepted";
	static final String REFERRAL_STARTED = "trajectory.rule.referralStarted";
	static final String URGENT_REASON_REQUIRED = "trajectory.rule.urgentReasonRequired";
	static final String OPEN_TRAJECTORY = "trajectory.rule.openTrajectory";
	static final String TARGET_GROUP = "trajectory.rule.targetGroup";
	static final String UNKNOWN_PARTNER = "trajectory.rule.unknownPartner";
	static final String NOT_AN_INTERVENTION_MANAGER = "trajectory.rule.notAnInterventionManager";

	private TrajectoryRules() {
	}
}
