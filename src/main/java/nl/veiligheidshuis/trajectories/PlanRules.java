package nl.veiligheidshuis.trajectories;

/**
 * The message keys of the assessment, plan and partner-check rules; a 409 lists every one a request breaks.
 * An uncovered deficit is named by its life domain: {@code trajectory.rule.uncovered.<LIFE_DOMAIN>}.
 */
final class PlanRules {

	static final String ASSESSMENT_NOT_NOW = "trajectory.rule.assessmentNotNow";
	static final String YOUTH_INSTRUMENT_FOR_MINOR = "trajectory.rule.youthInstrumentForMinor";
	static final String ADULT_INSTRUMENT_FOR_ADULT = "trajectory.rule.adultInstrumentForAdult";
	static final String NOT_LATEST_ASSESSMENT = "trajectory.rule.notLatestAssessment";
	static final String CONFIRMATION_NOT_NOW = "trajectory.rule.confirmationNotNow";
	static final String DEFICITS_NOT_CONFIRMED = "trajectory.rule.deficitsNotConfirmed";
	static final String PLAN_NOT_NOW = "trajectory.rule.planNotNow";
	static final String NO_INTERVENTIONS = "trajectory.rule.noInterventions";
	static final String UNCOVERED = "trajectory.rule.uncovered.";
	static final String TRAJECTORY_GUIDANCE_MISSING = "trajectory.rule.trajectoryGuidanceMissing";
	static final String UNKNOWN_OWNER = "trajectory.rule.unknownPartner";
	static final String UNKNOWN_INTERVENTION = "trajectory.rule.unknownIntervention";
	static final String NO_OPEN_REQUEST = "trajectory.rule.noOpenCommitmentRequest";
	static final String SAME_START = "trajectory.rule.counterProposalSameStart";
	static final String NOT_IN_PARTNER_CHECK = "trajectory.rule.notInPartnerCheck";

	private PlanRules() {
	}
}
