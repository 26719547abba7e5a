package nl.veiligheidshuis.reporting;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final Logger log = LoggerFactory.getLogger(EffectFeed.class);
	/** Persons per query for the antecedent dates. */
	private static final int CHUNK = 1000;
	/**
	 * Rows per INSERT: each statement takes its rows as arrays ({@code unnest}), so PostgreSQL plans and executes
	 * once per ten thousand rows instead of once per row (a national run copies about five million).
	 */
	private static final int ROWS = 10_000;

	private final int rowsPerStatement;
	private final int personsPerQuery;

	private final ReadModel readModel;
	private final SelectionRuns runs;
	private final Antecedents antecedents;
	private final JdbcTemplate batch;
	private final JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	EffectFeed(ReadModel readModel, SelectionRuns runs, Antecedents antecedents, JdbcTemplate batch) {
		this(readModel, runs, antecedents, batch, ROWS, CHUNK);
	}

	/** With other statement and query sizes: EffectFeedIntegrationTest goes through every boundary with small ones. */
	EffectFeed(ReadModel readModel, SelectionRuns runs, Antecedents antecedents, JdbcTemplate batch, int rowsPerStatement,
			int personsPerQuery) {
		this.rowsPerStatement = rowsPerStatement;
		this.personsPerQuery = personsPerQuery;
		this.readModel = readModel;
		this.runs = runs;
		this.antecedents = antecedents;
		this.batch = batch;
		this.jdbc = JdbcClient.create(batch);
	}

	@ApplicationModuleListener
	void on(SelectionRunCompleted completed) {
		long started = System.nanoTime();
		List<SelectionRuns.CandidateFacts> candidates = runs.candidateFacts(completed.runId());
		int newSubjects = 0;
		for (int from = 0; from < candidates.size(); from += rowsPerStatement) {
			List<SelectionRuns.CandidateFacts> part = candidates.subList(from,
					Math.min(candidates.size(), from + rowsPerStatement));
			int n = part.size();
			UUID[] subjects = new UUID[n];
			String[] categories = new String[n];
			String[] ageBands = new String[n];
			String[] genders = new String[n];
			Integer[] before = new Integer[n];
			Integer[] months = new Integer[n];
			for (int k = 0; k < n; k++) {
				SelectionRuns.CandidateFacts c = part.get(k);
				subjects[k] = readModel.pseudonym(c.personId());
				categories[k] = c.category().name();
				ageBands[k] = c.ageBand().name();
				genders[k] = c.gender() == null ? "ONBEKEND" : c.gender();
				before[k] = c.antecedents();
				months[k] = (int) Math.max(0, ChronoUnit.MONTHS.between(c.lastAntecedent(), completed.referenceDate()));
			}
			newSubjects += jdbc.sql("""
					INSERT INTO reporting_selection_subject (run_id, reference_date, subject, category, age_band, gender,
					  antecedents_before, months_since_last)
					SELECT :run, :referenceDate, s, c, a, g, b, m FROM unnest(:subjects, :categories, :ageBands, :genders,
					  :before, :months) AS t(s, c, a, g, b, m)
					ON CONFLICT DO NOTHING""")
				.param("run", completed.runId()).param("referenceDate", completed.referenceDate())
				.param("subjects", subjects).param("categories", categories).param("ageBands", ageBands)
				.param("genders", genders).param("before", before).param("months", months)
				.update();
		}
		List<UUID> persons = candidates.stream().map(SelectionRuns.CandidateFacts::personId).toList();
		List<Antecedents.AntecedentDate> dates = new ArrayList<>();
		long offered = 0;
		long newDates = 0;
		for (int from = 0; from < persons.size(); from += personsPerQuery) {
			dates.addAll(antecedents.datesOf(persons.subList(from, Math.min(persons.size(), from + personsPerQuery))));
			if (dates.size() >= rowsPerStatement || from + personsPerQuery >= persons.size()) {
				offered += dates.size();
				newDates += insertDates(dates);
				dates.clear();
			}
		}
		log.info("Effectmonitoring: selectierun {}, {} kandidaten ({} nieuw) en {} antecedentdata ({} nieuw) overgenomen"
				+ " in {} ms", completed.runId(), candidates.size(), newSubjects, offered, newDates,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Inserts the dates not there yet; returns how many were new. */
	private int insertDates(List<Antecedents.AntecedentDate> dates) {
		if (dates.isEmpty()) {
			return 0;
		}
		int n = dates.size();
		UUID[] subjects = new UUID[n];
		UUID[] keys = new UUID[n];
		Integer[] days = new Integer[n];
		for (int k = 0; k < n; k++) {
			Antecedents.AntecedentDate a = dates.get(k);
			subjects[k] = readModel.pseudonym(a.personId());
			keys[k] = antecedentKey(a.registrationId());
			days[k] = (int) a.registeredOn().toEpochDay();
		}
		return jdbc.sql("""
				INSERT INTO reporting_antecedent (subject, antecedent_key, registered_on)
				SELECT s, a, DATE '1970-01-01' + d FROM unnest(:subjects, :keys, :days) AS t(s, a, d)
				ON CONFLICT DO NOTHING""")
			.param("subjects", subjects).param("keys", keys).param("days", days)
			.update();
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
