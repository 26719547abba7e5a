package nl.veiligheidshuis.selection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.platform.Parallel;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * Selection runs: every person with antecedents up to the reference date is classified and scored by a
 * rule set, the classified ones are stored ranked (score, then the most recent antecedent, then id).
 * A run works in the background, one at a time per house (an advisory lock), and counts its progress;
 * it reads what it needs of persons and antecedents from selection's own derived table, which the database keeps
 * from those modules' tables ({@link SelectionFacts}; the one tie between them, docs/architecture.md, Selection).
 */
@Service
public class SelectionRuns {

	static final String MAY_SELECT = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')";
	private static final Logger log = LoggerFactory.getLogger(SelectionRuns.class);
	private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('selection.run'))";
	static final int PROGRESS_EVERY = 20_000;
	/** Each reading thread adds its count to the shared progress in blocks of this many (a divisor of the above). */
	private static final int PROGRESS_BLOCK = 5_000;
	/** At most so many connections read the antecedents at once (one per core up to this). */
	private static final int MAX_READERS = 4;
	private static final OffenceCategory[] CATEGORIES = OffenceCategory.values();
	public static final int PAGE_SIZE = 50;

	/** Why a run cannot start: per field a message key (Dutch text in the message bundle). */
	public static class RunRefused extends RuntimeException {

		private final Map<String, String> problems;

		RunRefused(Map<String, String> problems) {
			super("selection run refused: " + problems.keySet());
			this.problems = problems;
		}

		public Map<String, String> problems() {
			return problems;
		}
	}

	/** Another run is in progress. */
	public static class RunInProgress extends RuntimeException {

		RunInProgress() {
			super("a selection run is in progress");
		}
	}

	/** Which candidates to show. */
	public record Filter(@Nullable TargetGroup category, @Nullable String municipality, @Nullable AgeBand ageBand) {

		public static final Filter NONE = new Filter(null, null, null);
	}

	public record CandidatePage(List<Candidate> candidates, int page, int total) {

		public int pages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final RuleSets ruleSets;
	private final Persons persons;
	private final SelectionFacts facts;
	private final PartnerSignals partnerSignals;
	private final AuditLog auditLog;
	private final AsyncTaskExecutor executor;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separateTransaction;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	SelectionRuns(JdbcClient jdbc, DataSource dataSource, RuleSets ruleSets, Persons persons, SelectionFacts facts,
			PartnerSignals partnerSignals, AuditLog auditLog,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
			PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.ruleSets = ruleSets;
		this.persons = persons;
		this.facts = facts;
		this.partnerSignals = partnerSignals;
		this.auditLog = auditLog;
		this.executor = executor;
		this.transaction = new TransactionTemplate(transactions);
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Starts a run for the reference date (not in the future) with the given rule-set version, or the
	 * newest version valid on that date. Returns at once; the run continues in the background.
	 */
	@Transactional
	@PreAuthorize(MAY_SELECT)
	public SelectionRun start(@Nullable LocalDate referenceDate, @Nullable Integer ruleSetVersion, UUID startedBy) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		if (referenceDate == null) {
			problems.put("referenceDate", "selection.run.referenceDate.required");
		}
		else if (referenceDate.isAfter(today)) {
			problems.put("referenceDate", "selection.run.referenceDate.future");
		}
		Optional<RuleSet> ruleSet = ruleSetVersion != null ? ruleSets.version(ruleSetVersion)
				: referenceDate == null ? Optional.empty() : ruleSets.validOn(referenceDate);
		if (ruleSetVersion != null && ruleSet.isEmpty()) {
			problems.put("ruleSetVersion", "selection.run.ruleSetVersion.unknown");
		}
		else if (referenceDate != null && ruleSet.isEmpty()) {
			problems.put("ruleSetVersion", "selection.run.ruleSetVersion.noneValid");
		}
		if (!problems.isEmpty()) {
			throw new RunRefused(problems);
		}
		if (!Boolean.TRUE.equals(jdbc.sql(LOCK).query(Boolean.class).single())) {
			throw new RunInProgress();
		}
		// Nobody holds the lock, so a run still marked RUNNING was cut off (a stop or crash of its node).
		jdbc.sql("UPDATE selection_run SET status = 'FAILED', failure = 'interrupted', finished_at = :now WHERE status = 'RUNNING'")
			.param("now", now()).update();
		UUID id = insertRun(referenceDate, ruleSet.orElseThrow().version(), startedBy);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.execute(() -> execute(id));
			}
		});
		return run(id).orElseThrow();
	}

	private UUID insertRun(LocalDate referenceDate, int ruleSetVersion, @Nullable UUID startedBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO selection_run (id, reference_date, rule_set_version, started_by, started_at, status)
				VALUES (:id, :reference, :version, :by, :now, 'RUNNING')""")
			.param("id", id).param("reference", referenceDate).param("version", ruleSetVersion)
			.param("by", startedBy).param("now", now()).update();
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "selection-run", id));
		return id;
	}

	/** A run done in the caller's transaction, for demo seeding (users start runs with {@link #start}). */
	UUID runNow(LocalDate referenceDate, int ruleSetVersion) {
		UUID id = insertRun(referenceDate, ruleSetVersion, null);
		classifyAndStore(id);
		return id;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(MAY_SELECT)
	public Optional<SelectionRun> find(UUID id) {
		return run(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize(MAY_SELECT)
	public List<SelectionRun> recent(int limit) {
		return jdbc.sql(RUN_COLUMNS + " ORDER BY started_at DESC LIMIT :limit").param("limit", limit)
			.query(SelectionRuns::run).list();
	}

	private static final String RUN_COLUMNS = """
			SELECT id, reference_date, rule_set_version, started_at, finished_at, status, antecedents_read, persons_processed,
			       persons_total, candidates FROM selection_run""";

	Optional<SelectionRun> run(UUID id) {
		return jdbc.sql(RUN_COLUMNS + " WHERE id = :id").param("id", id).query(SelectionRuns::run).optional();
	}

	private static SelectionRun run(java.sql.ResultSet rs, int n) throws SQLException {
		return new SelectionRun(rs.getObject("id", UUID.class), rs.getObject("reference_date", LocalDate.class),
				rs.getInt("rule_set_version"), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("finished_at", OffsetDateTime.class), SelectionRun.Status.valueOf(rs.getString("status")),
				rs.getLong("antecedents_read"), rs.getInt("persons_processed"), (Integer) rs.getObject("persons_total"), (Integer) rs.getObject("candidates"));
	}

	/** The work of a run; the outcome (completed or failed) is written to the run. */
	void execute(UUID id) {
		long started = System.nanoTime();
		try {
			transaction.executeWithoutResult(status -> classifyAndStore(id));
			log.info("Selectierun {} gereed in {} ms", id, (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException e) {
			log.error("Selectierun {} mislukt", id, e);
			separateTransaction.executeWithoutResult(status -> {
				jdbc.sql("UPDATE selection_run SET status = 'FAILED', failure = :failure, finished_at = :now WHERE id = :id")
					.param("failure", e.getClass().getSimpleName()).param("now", now()).param("id", id).update();
				jdbc.sql("SELECT selection_candidate_drop_unattached(:id)").param("id", id).query((rs, n) -> 0).list();
			});
		}
	}

	private void classifyAndStore(UUID id) {
		if (!Boolean.TRUE.equals(jdbc.sql(LOCK).query(Boolean.class).single())) {
			throw new RunInProgress();
		}
		SelectionRun run = run(id).orElseThrow();
		RuleSet ruleSet = ruleSets.version(run.ruleSetVersion()).orElseThrow();
		Classifier classifier = new Classifier(ruleSet, run.referenceDate());
		long started = System.nanoTime();
		// The persons whose antecedents or key facts changed since the background refresh, recomputed first (in
		// transactions of their own): then the run reads the facts of everyone as stored, a million compact rows
		// rather than ten million antecedents and a million persons.
		int refreshed = facts.refresh();
		long factsRefreshed = System.nanoTime();
		Map<UUID, Integer> signals = partnerSignals.countsByPerson(
				run.referenceDate().minusMonths(ruleSet.scoring().recencyWindowMonths()), run.referenceDate());
		// A person's row holds all their antecedents, so each reading thread classifies and scores the persons of its
		// part as they arrive, with one tally of its own.
		int parts = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_READERS);
		List<Part> work = new ArrayList<>();
		AtomicInteger progress = new AtomicInteger();
		for (int part = 0; part < parts; part++) {
			work.add(new Part(id, run.referenceDate(), classifier, signals, progress));
		}
		facts.read(parts, work::get);
		long read = System.nanoTime();
		Map<String, Map<String, Integer>> population = new LinkedHashMap<>();
		int processed = 0;
		long antecedentsRead = 0;
		for (Part part : work) {
			for (AgeBand band : AgeBand.values()) {
				count(population, "AGE_BAND", band.name(), part.ageBands[band.ordinal()]);
			}
			part.genders.forEach((value, count) -> count(population, "GENDER", value, count[0]));
			part.municipalities.forEach((value, count) -> count(population, "MUNICIPALITY", value, count[0]));
			processed += part.processed;
			antecedentsRead += part.antecedents;
		}
		ScoredCandidates scored = ScoredCandidates.concat(work.stream().map(part -> part.scored).toList());
		int[] ranking = scored.ranking();
		long ranked = System.nanoTime();
		long indexed = copyCandidates(id, scored, ranking);
		log.info("Selectierun {}: {} gewijzigde personen bijgewerkt in {} ms, gegevens van {} personen gelezen en ingedeeld in {} ms,"
				+ " gerangschikt in {} ms, {} kandidaten opgeslagen in {} ms (waarvan indexen en koppelen {} ms)", id, refreshed,
				millis(started, factsRefreshed), processed, millis(factsRefreshed, read), millis(read, ranked), ranking.length,
				millis(ranked, System.nanoTime()), indexed);
		List<String> dimensions = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		population.forEach((dimension, byValue) -> byValue.forEach((value, count) -> {
			dimensions.add(dimension);
			values.add(value);
			counts.add(count);
		}));
		jdbc.sql("""
				INSERT INTO selection_run_population (run_id, dimension, value, persons)
				SELECT :run, d, v, p FROM unnest(:dimensions, :values, :counts) AS t(d, v, p)""")
			.param("run", id).param("dimensions", dimensions.toArray(String[]::new))
			.param("values", values.toArray(String[]::new)).param("counts", counts.toArray(Integer[]::new)).update();
		jdbc.sql("""
				UPDATE selection_run SET status = 'COMPLETED', finished_at = :now, persons_processed = :processed,
				  antecedents_read = :read,
				  persons_total = :processed, candidates = :candidates WHERE id = :id""")
			.param("now", now()).param("processed", processed).param("read", antecedentsRead).param("candidates", ranking.length)
			.param("id", id)
			.update();
		events.publishEvent(new SelectionRunCompleted(id, run.referenceDate(), ranking.length));
	}

	/**
	 * The persons of one part of a run, on its reading thread: each person's antecedents up to the reference date
	 * tallied, the person counted in the population when any, classified and scored when a rule holds.
	 */
	private final class Part implements SelectionFacts.PersonFactsConsumer {

		private final UUID run;
		private final LocalDate referenceDate;
		private final Classifier classifier;
		private final Map<UUID, Integer> signals;
		private final AtomicInteger progress;
		private final int[] tally;
		final ScoredCandidates scored = new ScoredCandidates();
		private final double[] factors = new double[Classifier.FACTORS];
		/** The population: persons per age band (by ordinal), gender and municipality (counters, so nothing is boxed). */
		final int[] ageBands = new int[AgeBand.values().length];
		final Map<String, int[]> genders = new HashMap<>();
		final Map<String, int[]> municipalities = new HashMap<>();
		int processed;
		long antecedents;

		Part(UUID run, LocalDate referenceDate, Classifier classifier, Map<UUID, Integer> signals, AtomicInteger progress) {
			this.run = run;
			this.referenceDate = referenceDate;
			this.classifier = classifier;
			this.signals = signals;
			this.progress = progress;
			this.tally = new int[classifier.tallySize()];
		}

		@Override
		public void accept(long personMost, long personLeast, int dateOfBirth, @Nullable String gender,
				@Nullable String municipality, int[] packed, int count) {
			classifier.clear(tally, 0);
			for (int k = 0; k < count; k++) {
				classifier.add(tally, 0, SelectionFacts.epochDay(packed[k]), CATEGORIES[SelectionFacts.category(packed[k])]);
			}
			int counted = classifier.counted(tally, 0);
			if (counted == 0) {
				return; // no antecedents up to the reference date: not in the population
			}
			antecedents += counted;
			Integer age = dateOfBirth == SelectionFacts.NO_DATE ? null
					: Classifier.age(LocalDate.ofEpochDay(dateOfBirth), referenceDate);
			ageBands[AgeBand.of(age).ordinal()]++;
			genders.computeIfAbsent(gender == null ? "" : gender, v -> new int[1])[0]++;
			municipalities.computeIfAbsent(municipality == null ? "" : municipality, v -> new int[1])[0]++;
			TargetGroup category = classifier.category(age, tally, 0);
			if (category != null) {
				int partnerSignals = signals.isEmpty() ? 0 : signals.getOrDefault(new UUID(personMost, personLeast), 0);
				classifier.factorValues(tally, 0, partnerSignals, factors);
				scored.add(classifier.score(factors), classifier.lastAntecedent(tally, 0), personMost, personLeast, category,
						age, counted, factors, gender, municipality);
			}
			processed++;
			if (processed % PROGRESS_BLOCK == 0 && progress.addAndGet(PROGRESS_BLOCK) % PROGRESS_EVERY == 0) {
				progress(run, progress.get());
			}
		}
	}

	/** Adds persons to a group of the population (a group with none is left out, as the parts count only seen ones). */
	private static void count(Map<String, Map<String, Integer>> population, String dimension, String value, int persons) {
		if (persons > 0) {
			population.computeIfAbsent(dimension, d -> new HashMap<>()).merge(value, persons, Integer::sum);
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private void progress(UUID id, int processed) {
		separateTransaction.executeWithoutResult(status -> jdbc.sql(
				"UPDATE selection_run SET persons_processed = :processed WHERE id = :id")
			.param("processed", processed).param("id", id).update());
	}

	/**
	 * Writes the ranked candidates in PostgreSQL's binary COPY format (a national run has hundreds of thousands): no
	 * text for the server to parse. Of the breakdown only the factors' values are stored; the weights are in the
	 * run's rule-set version, and readers rebuild the breakdown ({@link Classifier#breakdown}). The rows go into a
	 * table of the run's own (V145), created and committed first; one range of ranks per core is COPYed on a
	 * connection of its own, then the two unique indexes are built at once on two, so that PostgreSQL works in as
	 * many processes; the run's transaction then attaches the table as the run's partition of
	 * {@code selection_candidate}. Until then no reader sees it; if the run fails, {@link #execute} drops it.
	 * Returns the milliseconds spent on the indexes and the attach.
	 */
	private long copyCandidates(UUID run, ScoredCandidates scored, int[] ranking) {
		if (ranking.length == 0) {
			return 0;
		}
		String partition = separateTransaction.execute(status -> jdbc.sql("SELECT selection_candidate_prepare_partition(:run)")
			.param("run", run).query(String.class).single());
		int parts = Math.min(ranking.length, Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_READERS));
		List<ConnectionTask> copies = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			int from = (int) ((long) ranking.length * part / parts);
			int to = (int) ((long) ranking.length * (part + 1) / parts);
			copies.add(connection -> copyRange(connection, partition, run, scored, ranking, from, to));
		}
		inParallel(copies);
		long copied = System.nanoTime();
		inParallel(List.of(connection -> index(connection, run, "person_id"), connection -> index(connection, run, "rank")));
		jdbc.sql("SELECT selection_candidate_attach_partition(:run)").param("run", run).query((rs, n) -> 0).list();
		return millis(copied, System.nanoTime());
	}

	@FunctionalInterface
	private interface ConnectionTask {

		void run(Connection connection) throws SQLException;
	}

	/** Runs each task on a connection of its own (committing as it ends) and a thread of its own. */
	private void inParallel(List<ConnectionTask> tasks) {
		Parallel.runAll("candidates", "Kandidaten van de selectierun niet opgeslagen", tasks.stream()
			.<Parallel.Task>map(task -> () -> {
				try (Connection connection = dataSource.getConnection()) {
					connection.setAutoCommit(true);
					task.run(connection);
				}
			})
			.toList());
	}

	private static void index(Connection connection, UUID run, String column) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT selection_candidate_index_partition(?, ?)")) {
			statement.setObject(1, run);
			statement.setString(2, column);
			statement.execute();
		}
	}

	/** The candidates ranked from + 1 to to, in one COPY. */
	private static void copyRange(Connection connection, String partition, UUID run, ScoredCandidates scored,
			int[] ranking, int from, int to) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("COPY \"" + partition + "\" " + ScoredCandidates.COLUMNS + " FROM STDIN (FORMAT binary)");
		try {
			BinaryCopyWriter rows = new BinaryCopyWriter(copy);
			for (int k = from; k < to; k++) {
				scored.writeRow(ranking[k], run, k + 1, rows);
			}
			rows.end();
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/**
	 * A page of a completed run's candidates, ranked, with names; audited as a read concerning the
	 * persons shown.
	 */
	@Transactional
	@PreAuthorize(MAY_SELECT)
	public CandidatePage candidates(UUID runId, Filter filter, int page) {
		Scoring scoring = scoringOf(runId);
		int total = jdbc.sql("SELECT count(*) FROM selection_candidate WHERE run_id = :run" + where(filter))
			.params(params(runId, filter)).query(Integer.class).single();
		int safePage = Math.max(1, Math.min(page, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
		List<Candidate> rows = jdbc.sql("""
				SELECT person_id, rank, category, score, age, age_band, gender, municipality, antecedents,
				       last_antecedent, factors
				FROM selection_candidate WHERE run_id = :run""" + where(filter) + " ORDER BY rank LIMIT :limit OFFSET :offset")
			.params(params(runId, filter)).param("limit", PAGE_SIZE).param("offset", (safePage - 1) * PAGE_SIZE)
			.query((rs, n) -> candidate(rs, scoring)).list();
		Map<UUID, PersonName> names = persons.names(rows.stream().map(Candidate::personId).toList());
		List<Candidate> named = rows.stream().map(c -> withName(c, names.get(c.personId()))).toList();
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				"selection-candidates", runId).concerning(named.stream().map(Candidate::personId).toList()));
		return new CandidatePage(named, safePage, total);
	}

	/**
	 * The candidates of a run without names, for statistics (reporting's effect monitoring pseudonymises them at
	 * once): the person, the classification and the covariates a comparison is matched on.
	 */
	public record CandidateFacts(UUID personId, TargetGroup category, AgeBand ageBand, @Nullable String gender,
			int antecedents, LocalDate lastAntecedent) {
	}

	/** The candidates of a run as {@link CandidateFacts}, in rank order; a system read (no user, no names). */
	@Transactional(readOnly = true)
	public List<CandidateFacts> candidateFacts(UUID runId) {
		return jdbc.sql("""
				SELECT person_id, category, age_band, gender, antecedents, last_antecedent
				FROM selection_candidate WHERE run_id = :run ORDER BY rank""")
			.param("run", runId)
			.query((rs, n) -> new CandidateFacts(rs.getObject("person_id", UUID.class),
					TargetGroup.valueOf(rs.getString("category")), AgeBand.valueOf(rs.getString("age_band")),
					rs.getString("gender"), rs.getInt("antecedents"), rs.getObject("last_antecedent", LocalDate.class)))
			.list();
	}

	/** The municipalities among a run's candidates (for the filter). */
	@Transactional(readOnly = true)
	@PreAuthorize(MAY_SELECT)
	public List<String> municipalities(UUID runId) {
		return jdbc.sql("""
				SELECT DISTINCT municipality FROM selection_candidate WHERE run_id = :run AND municipality IS NOT NULL
				ORDER BY municipality""").param("run", runId).query(String.class).list();
	}

	static Candidate withName(Candidate c, @Nullable PersonName name) {
		return new Candidate(c.personId(), c.rank(), name == null ? "" : name.displayName(),
				name == null ? null : name.dateOfBirth(), c.category(), c.score(), c.age(), c.ageBand(), c.gender(),
				c.municipality(), c.antecedents(), c.lastAntecedent(), c.breakdown());
	}

	/** A candidate row (a run's), its breakdown rebuilt from the stored values and the run's scoring weights. */
	static Candidate candidate(java.sql.ResultSet rs, Scoring scoring) throws SQLException {
		return new Candidate(rs.getObject("person_id", UUID.class), rs.getInt("rank"), "", null,
				TargetGroup.valueOf(rs.getString("category")), rs.getDouble("score"), (Integer) rs.getObject("age"),
				AgeBand.valueOf(rs.getString("age_band")), rs.getString("gender"), rs.getString("municipality"),
				rs.getInt("antecedents"), rs.getObject("last_antecedent", LocalDate.class),
				Classifier.breakdown(factors(rs.getBytes("factors")), scoring));
	}

	/** The factors' values as stored (V145): eight big-endian bytes each, in {@link ScoringFactor} order. */
	private static double[] factors(byte[] stored) {
		java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(stored);
		double[] values = new double[stored.length / 8];
		for (int k = 0; k < values.length; k++) {
			values[k] = bytes.getDouble();
		}
		return values;
	}

	/**
	 * The scoring weights a run used (those of its rule-set version, which never changes); no weights for a run
	 * that does not exist (it has no candidates either).
	 */
	Scoring scoringOf(UUID runId) {
		return run(runId).flatMap(run -> ruleSets.version(run.ruleSetVersion())).map(RuleSet::scoring)
			.orElse(new Scoring(0, 0, Map.of(), Map.of()));
	}

	private static String where(Filter filter) {
		return (filter.category() == null ? "" : " AND category = :category")
				+ (filter.municipality() == null ? "" : " AND municipality = :municipality")
				+ (filter.ageBand() == null ? "" : " AND age_band = :ageBand");
	}

	private static Map<String, Object> params(UUID runId, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("run", runId);
		if (filter.category() != null) {
			params.put("category", filter.category().name());
		}
		if (filter.municipality() != null) {
			params.put("municipality", filter.municipality());
		}
		if (filter.ageBand() != null) {
			params.put("ageBand", filter.ageBand().name());
		}
		return params;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
