package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An assessment was recorded for a trajectory's client (published in the recording transaction): the instrument,
 * the day and the score per scale or domain. Reporting keeps the ZRM scores under a pseudonym for the life-domain
 * change of effect monitoring.
 */
public record AssessmentRecorded(UUID assessmentId, UUID trajectoryId, UUID personId, Instrument instrument,
		LocalDate assessedOn, Map<String, Integer> scores) {
}
