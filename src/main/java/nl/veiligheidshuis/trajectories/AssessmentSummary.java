package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.PersonalData;

/**
 * One assessment of a trajectory as a user may see it: that it exists, when and by whom it was recorded,
 * whether its deficits are confirmed — and its {@code details} only for who holds
 * {@code TrajectoryRights.readAssessment} (DESIGN.md §4 rule 8), otherwise {@code null}.
 */
@PersonalData
public record AssessmentSummary(UUID id, LocalDate assessedOn, OffsetDateTime recordedAt, String recordedByName,
		boolean deficitsConfirmed, @Nullable Details details) {

	/**
	 * The content: the instrument, its scores (in the instrument's order), the overall risk (RISc, optional
	 * for youth instruments), a youth instrument's result, the professional's judgement apart from the scores,
	 * the deficits the mapping proposed and those the intervention manager confirmed ({@code null}: not yet).
	 */
	@PersonalData
	public record Details(Instrument instrument, Map<String, Integer> scores, @Nullable RiskLevel overallRisk,
			@Nullable String result, @Nullable String judgement, Set<LifeDomain> proposedDeficits,
			@Nullable Set<LifeDomain> confirmedDeficits, @Nullable OffsetDateTime confirmedAt,
			@Nullable String confirmedByName) {
	}
}
