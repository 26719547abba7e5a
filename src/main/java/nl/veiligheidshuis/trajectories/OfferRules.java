package nl.veiligheidshuis.trajectories;

/** The message keys of the rules of offer, contract, execution, escalation and progress; each listed by a 409. */
final class OfferRules {

	static final String NOT_CONFIRMED = "trajectory.rule.commitmentsNotConfirmed";
	static final String NO_OPEN_OFFER = "trajectory.rule.noOpenOffer";
	static final String ACCEPTED_IN_FUTURE = "trajectory.rule.acceptedInFuture";
	static final String ACCEPTED_BEFORE_OFFER = "trajectory.rule.acceptedBeforeOffer";
	static final String SCAN_NOT_PDF = "trajectory.rule.scanNotPdf";
	static final String EXECUTION_NOT_NOW = "trajectory.rule.executionNotNow";
	static final String STATUS_NOT_ALLOWED = "trajectory.rule.interventionStatusNotAllowed";
	static final String STARTED_ON_REQUIRED = "trajectory.rule.startedOnRequired";
	static final String ENDED_ON_REQUIRED = "trajectory.rule.endedOnRequired";
	static final String DATE_IN_FUTURE = "trajectory.rule.dateInFuture";
	static final String ENDED_BEFORE_START = "trajectory.rule.endedBeforeStart";
	static final String ESCALATION_NOT_NOW = "trajectory.rule.escalationNotNow";
	static final String MEASURE_OWNER = "trajectory.rule.measureOwner";
	static final String MEASURE_KIND = "trajectory.rule.measureKind";
	static final String UNKNOWN_MEASURE = "trajectory.rule.unknownMeasure";
	static final String PROGRESS_NOT_NOW = "trajectory.rule.progressNotNow";
	static final String PROGRESS_EMPTY = "trajectory.rule.progressEmpty";
	static final String PLANNED_INTERVENTIONS_OPEN = "trajectory.rule.interventionsStillRunning";

	private OfferRules() {
	}
}
