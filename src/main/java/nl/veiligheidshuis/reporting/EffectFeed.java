package nl.veiligheidshuis.reporting;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.intake.Antecedents;
import nl.veiligheidshuis.selection.SelectionRunCompleted;
import nl.veiligheidshuis.selection.SelectionRuns;
import nl.veiligheidshuis.trajectories.AssessmentRecorded;
import nl.veiligheidshuis.trajectories.Instrument;

/**
 * Feeds the effect tables (V140) from the real modules: when a selection run completes, its candidates (through
 * {@link SelectionRuns#candidateFacts}) and their antecedent dates (through {@link Antecedents#datesOf}) are
 * copied under the pseudonym; a recorded ZRM assessment adds its scores. Each listener runs after the publishing
 * transaction committed, in its own transaction, and is idempotent (a republished event adds nothing).
 */
@Component
class EffectFeed {

	/** Persons per query for the antecedent dates. */
	private static final int CHUNK = 1000;

	private final ReadModel readModel;
	private final SelectionRuns runs;
	private final Antecedents antecedents;
	private final JdbcTemplate batch;

	EffectFeed(ReadModel readModel, SelectionRuns runs, Antecedents antecedents, JdbcTemplate batch) {
		this.readModel = readModel;
		this.runs = runs;
		this.antecedents = antecedents;
		this.batch = batch;
	}

	@ApplicationModuleListener
	void on(SelectionRunCompleted completed) {
		List<SelectionRuns.CandidateFacts> candidates = runs.candidateFacts(completed.runId());
		List<Object[]> rows = new ArrayList<>();
		for (SelectionRuns.CandidateFacts c : candidates) {
			rows.add(new Object[] { completed.runId(), completed.referenceDate(), readModel.pseudonym(c.personId()),
					c.category().name(), c.ageBand().name(), c.gender() == null ? "ONBEKEND" : c.gender(), c.antecedents(),
					(int) Math.max(0, ChronoUnit.MONTHS.between(c.lastAntecedent(), completed.referenceDate())) });
		}
		batch.batchUpdate("""
				INSERT INTO reporting_selection_subject (run_id, reference_date, subject, category, age_band, gender,
				  antecedents_before, months_since_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
		List<UUID> persons = candidates.stream().map(SelectionRuns.CandidateFacts::personId).toList();
		for (int from = 0; from < persons.size(); from += CHUNK) {
			List<Object[]> dates = new ArrayList<>();
			for (Antecedents.AntecedentDate a : antecedents.datesOf(persons.subList(from, Math.min(persons.size(), from + CHUNK)))) {
				dates.add(new Object[] { readModel.pseudonym(a.personId()), antecedentKey(a.registrationId()), a.registeredOn() });
			}
			batch.batchUpdate("""
					INSERT INTO reporting_antecedent (subject, antecedent_key, registered_on) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""", dates);
		}
	}

	@ApplicationModuleListener
	void on(AssessmentRecorded recorded) {
		if (recorded.instrument() != Instrument.ZRM) {
			return;
		}
		UUID subject = readModel.pseudonym(recorded.personId());
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<String, Integer> score : recorded.scores().entrySet()) {
			if (score.getValue() != null && score.getValue() >= 1 && score.getValue() <= 5) {
				rows.add(new Object[] { subject, recorded.assessedOn(), score.getKey(), score.getValue() });
			}
		}
		batch.batchUpdate("""
				INSERT INTO reporting_assessment_score (subject, assessed_on, domain, score) VALUES (?, ?, ?, ?)
				ON CONFLICT (subject, assessed_on, domain) DO UPDATE SET score = EXCLUDED.score""", rows);
	}

	/**
	 * The key of an antecedent: a pseudonym of its police registration id (the same antecedent from several
	 * imports or runs is one row; the registration id itself is not kept).
	 */
	private UUID antecedentKey(String registrationId) {
		return readModel.pseudonym(UUID.nameUUIDFromBytes(("antecedent:" + registrationId).getBytes(StandardCharsets.UTF_8)));
	}
}
