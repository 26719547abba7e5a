package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/** A classified person of a run, ranked by score, with the breakdown that produced the score. */
public record Candidate(UUID personId, int rank, String name, @Nullable LocalDate dateOfBirth, TargetGroup category,
		double score, @Nullable Integer age, AgeBand ageBand, @Nullable String gender, @Nullable String municipality,
		int antecedents, LocalDate lastAntecedent, List<ScoreContribution> breakdown) {
}
