package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * Offer, contract and execution of one trajectory as its dossier shows them: every offer with its answer, the
 * interventions of the current plan with their status, the measures of pressure and coercion, the progress
 * reports (newest first) and the two deadlines of DESIGN.md §4 rules 6 and 7 — the first start within 7 days of
 * acceptance and the next progress report — each with whether it is overdue today.
 */
@PersonalData
public record ExecutionOverview(UUID trajectoryId, long version, TrajectoryState state, List<Offer> offers,
		List<InterventionProgress> interventions, List<EscalationMeasure> escalationMeasures,
		List<ProgressReport> progressReports, @Nullable LocalDate firstStartDue, boolean firstStartOverdue,
		@Nullable LocalDate progressReportDue, boolean progressReportOverdue) {

	public ExecutionOverview {
		offers = List.copyOf(offers);
		interventions = List.copyOf(interventions);
		escalationMeasures = List.copyOf(escalationMeasures);
		progressReports = List.copyOf(progressReports);
	}

	/** The newest offer, if any. */
	public @Nullable Offer currentOffer() {
		return offers.isEmpty() ? null : offers.get(offers.size() - 1);
	}

	/** The newest accepted offer: the contract in force. */
	public @Nullable Offer contract() {
		for (int i = offers.size() - 1; i >= 0; i--) {
			if (offers.get(i).accepted()) {
				return offers.get(i);
			}
		}
		return null;
	}
}
