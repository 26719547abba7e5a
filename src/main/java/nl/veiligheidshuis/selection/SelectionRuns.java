package nl.veiligheidshuis.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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

import nl.veiligheidshuis.intake.Antecedents;
import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.persons.PersonKeyFacts;
import nl.veiligheidshuis.persons.PersonName;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * Selection runs: every person with antecedents up to the reference date is classified and scored by a
 * rule set, the classified ones are stored ranked (score, then the most recent antecedent, then id).
 * A run works in the background, one at a time per house (an advisory lock), and counts its progress;
 * it reads persons and antecedents through their modules' public services, never their tables.
 */
@Service
public class SelectionRuns {

	static final String MAY_SELECT = "hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')";
	private static final Logger log = LoggerFactory.getLogger(SelectionRuns.class);
	private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('selection.run'))";
	static final int PROGRESS_EVERY = 20_000;
	static final int ANTECEDENT_PROGRESS_EVERY = 1_000_000;
	/** Each reading thread adds its count to the shared progress in blocks of this many (a divisor of the above). */
	private static final int ANTECEDENT_PROGRESS_BLOCK = 50_000;
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
	private final Antecedents antecedents;
	private final PartnerSignals partnerSignals;
	private final AuditLog auditLog;
	private final AsyncTaskExecutor executor;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separateTransaction;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	SelectionRuns(JdbcClient jdbc, DataSource dataSource, RuleSets ruleSets, Persons persons, Antecedents antecedents,
			PartnerSignals partnerSignals, AuditLog auditLog,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
			PlatformTransactionManager transactions, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.ruleSets = ruleSets;
		this.persons = persons;
		this.antecedents = antecedents;
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
			separateTransaction.executeWithoutResult(status -> jdbc.sql(
					"UPDATE selection_run SET status = 'FAILED', failure = :failure, finished_at = :now WHERE id = :id")
				.param("failure", e.getClass().getSimpleName()).param("now", now()).param("id", id).update());
		}
	}

	private record Scored(UUID person, Classification classification, @Nullable String gender,
			@Nullable String municipality) {
	}

	/** The ranking: the highest score first, then the most recent antecedent, then the person's id. */
	private static final Comparator<Scored> RANKING = (a, b) -> {
		int byScore = Double.compare(b.classification().score(), a.classification().score());
		if (byScore != 0) {
			return byScore;
		}
		int byLast = b.classification().lastAntecedent().compareTo(a.classification().lastAntecedent());
		return byLast != 0 ? byLast : a.person().compareTo(b.person());
	};

	private void classifyAndStore(UUID id) {
		if (!Boolean.TRUE.equals(jdbc.sql(LOCK).query(Boolean.class).single())) {
			throw new RunInProgress();
		}
		SelectionRun run = run(id).orElseThrow();
		RuleSet ruleSet = ruleSets.version(run.ruleSetVersion()).orElseThrow();
		Classifier classifier = new Classifier(ruleSet, run.referenceDate());
		// Every person gets a number and a tally of their antecedents in one array; the antecedents arrive in
		// the table's order, not per person, so nothing has to be sorted and no row becomes an object.
		long started = System.nanoTime();
		PersonIndex index = new PersonIndex(1 << 16);
		List<@Nullable PersonKeyFacts> facts = new ArrayList<>();
		persons.forEachKeyFacts(person -> {
			if (index.indexOf(person.id()) == facts.size()) {
				facts.add(person);
			}
		});
		long personsRead = System.nanoTime();
		// The antecedents in ranges of person ids read at once, one thread and one connection each, in one snapshot
		// (Antecedents.forEachAntecedentInParallel). Every known person's tally exists before, so the threads only
		// look up and add, each to the tallies of its own persons; antecedents of a person without key facts (age
		// unknown) are kept aside per range and counted afterwards.
		Tallies tallies = new Tallies(classifier);
		if (index.size() > 0) {
			tallies.of(index.size() - 1);
		}
		int parts = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MAX_READERS);
		List<List<long[]>> unknown = new ArrayList<>();
		long[][] counts = new long[parts][1];
		AtomicLong progress = new AtomicLong();
		for (int part = 0; part < parts; part++) {
			unknown.add(new ArrayList<>());
		}
		antecedents.forEachAntecedentInParallel(run.referenceDate(), parts, part -> {
			List<long[]> aside = unknown.get(part);
			long[] count = counts[part];
			return (most, least, epochDay, category) -> {
				if (++count[0] % ANTECEDENT_PROGRESS_BLOCK == 0
						&& progress.addAndGet(ANTECEDENT_PROGRESS_BLOCK) % ANTECEDENT_PROGRESS_EVERY == 0) {
					antecedentProgress(id, progress.get());
				}
				int person = index.find(most, least);
				if (person < 0) {
					aside.add(new long[] { most, least, epochDay, category.ordinal() });
				}
				else {
					classifier.add(tallies.of(person), tallies.at(person), epochDay, category);
				}
			};
		});
		long[] read = { 0 };
		for (long[] count : counts) {
			read[0] += count[0];
		}
		for (List<long[]> aside : unknown) {
			for (long[] antecedent : aside) {
				int person = index.indexOf(antecedent[0], antecedent[1]);
				if (person == facts.size()) {
					facts.add(null); // antecedents of a person without key facts: age unknown
				}
				classifier.add(tallies.of(person), tallies.at(person), (int) antecedent[2], CATEGORIES[(int) antecedent[3]]);
			}
		}
		long antecedentsRead = System.nanoTime();
		Map<UUID, Integer> signals = partnerSignals.countsByPerson(
				run.referenceDate().minusMonths(ruleSet.scoring().recencyWindowMonths()), run.referenceDate());
		List<Scored> scored = new ArrayList<>();
		Map<String, Map<String, Integer>> population = new LinkedHashMap<>();
		int processed = 0;
		for (int person = 0; person < index.size(); person++) {
			int[] tally = tallies.of(person);
			int at = tallies.at(person);
			if (classifier.counted(tally, at) == 0) {
				continue; // no antecedents up to the reference date: not in the population
			}
			PersonKeyFacts known = facts.get(person);
			LocalDate dateOfBirth = known == null ? null : known.dateOfBirth();
			String gender = known == null ? null : known.gender();
			String municipality = known == null ? null : known.city();
			count(population, "AGE_BAND", AgeBand.of(Classifier.age(dateOfBirth, run.referenceDate())).name());
			count(population, "GENDER", gender == null ? "" : gender);
			count(population, "MUNICIPALITY", municipality == null ? "" : municipality);
			if (classifier.category(dateOfBirth, tally, at) != null) {
				UUID personId = index.id(person);
				scored.add(new Scored(personId,
						classifier.classify(dateOfBirth, tally, at, signals.getOrDefault(personId, 0)), gender, municipality));
			}
			if (++processed % PROGRESS_EVERY == 0) {
				progress(id, processed);
			}
		}
		long classified = System.nanoTime();
		scored.sort(RANKING);
		long ranked = System.nanoTime();
		long indexed = copyCandidates(id, scored);
		log.info("Selectierun {}: personen gelezen in {} ms, antecedenten in {} ms, ingedeeld in {} ms, gerangschikt in {} ms,"
				+ " {} kandidaten opgeslagen in {} ms (waarvan indexen en koppelen {} ms)", id, millis(started, personsRead),
				millis(personsRead, antecedentsRead), millis(antecedentsRead, classified), millis(classified, ranked),
				scored.size(), millis(ranked, System.nanoTime()), indexed);
		population.forEach((dimension, values) -> values.forEach((value, count) -> jdbc.sql("""
				INSERT INTO selection_run_population (run_id, dimension, value, persons) VALUES (:run, :dimension, :value, :count)""")
			.param("run", id).param("dimension", dimension).param("value", value).param("count", count).update()));
		jdbc.sql("""
				UPDATE selection_run SET status = 'COMPLETED', finished_at = :now, persons_processed = :processed,
				  antecedents_read = :read,
				  persons_total = :processed, candidates = :candidates WHERE id = :id""")
			.param("now", now()).param("processed", processed).param("read", read[0]).param("candidates", scored.size())
			.param("id", id)
			.update();
		events.publishEvent(new SelectionRunCompleted(id, run.referenceDate(), scored.size()));
	}

	/** The tallies of a run's persons, in blocks of a fixed number of persons (grown as persons appear). */
	private static final class Tallies {

		private static final int BLOCK = 1 << 16;
		private final Classifier classifier;
		private final List<int[]> blocks = new ArrayList<>();

		Tallies(Classifier classifier) {
			this.classifier = classifier;
		}

		int[] of(int person) {
			while (person / BLOCK >= blocks.size()) {
				int[] block = new int[BLOCK * classifier.tallySize()];
				for (int k = 0; k < BLOCK; k++) {
					classifier.clear(block, k * classifier.tallySize());
				}
				blocks.add(block);
			}
			return blocks.get(person / BLOCK);
		}

		int at(int person) {
			return person % BLOCK * classifier.tallySize();
		}
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static void count(Map<String, Map<String, Integer>> population, String dimension, String value) {
		population.computeIfAbsent(dimension, d -> new HashMap<>()).merge(value, 1, Integer::sum);
	}

	private void antecedentProgress(UUID id, long read) {
		separateTransaction.executeWithoutResult(status -> jdbc.sql(
				"UPDATE selection_run SET antecedents_read = :read WHERE id = :id")
			.param("read", read).param("id", id).update());
	}

	private void progress(UUID id, int processed) {
		separateTransaction.executeWithoutResult(status -> jdbc.sql(
				"UPDATE selection_run SET persons_processed = :processed WHERE id = :id")
			.param("processed", processed).param("id", id).update());
	}

	/**
	 * Writes the ranked candidates with one COPY in PostgreSQL's binary format (a national run has hundreds of
	 * thousands): no text for the server to parse. Of the breakdown only the factors' values are stored; the
	 * weights are in the run's rule-set version, and readers rebuild the breakdown ({@link Classifier#breakdown}).
	 * The rows go into a table of the run's own without indexes, which are then built in one pass each before
	 * the table is attached as the run's partition of {@code selection_candidate} (V143).
	 */
	private long copyCandidates(UUID run, List<Scored> scored) {
		if (scored.isEmpty()) {
			return 0;
		}
		// A fresh table of the run's own, indexed and attached after the COPY. (Not COPY ... FREEZE: the snapshot the
		// antecedents were read in stays exported until the commit, and PostgreSQL then refuses FREEZE.)
		String partition = jdbc.sql("SELECT selection_candidate_new_partition(:run)").param("run", run)
			.query(String.class).single();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY \"" + partition + "\" " + COPY_COLUMNS + " FROM STDIN (FORMAT binary)");
			try {
				BinaryCopyWriter rows = new BinaryCopyWriter(copy);
				Map<String, byte[]> utf8 = new HashMap<>();
				int rank = 0;
				for (Scored s : scored) {
					Classification c = s.classification();
					rows.startRow(12);
					rows.uuid(run);
					rows.uuid(s.person());
					rows.int4(++rank);
					text(rows, utf8, c.category().name());
					rows.numeric(BigDecimal.valueOf(c.score()).setScale(2, RoundingMode.HALF_UP));
					if (c.age() == null) {
						rows.nullValue();
					}
					else {
						rows.int4(c.age());
					}
					text(rows, utf8, AgeBand.of(c.age()).name());
					text(rows, utf8, s.gender());
					text(rows, utf8, s.municipality());
					rows.int4(c.antecedents());
					rows.date(c.lastAntecedent().toEpochDay());
					rows.float8Array(Classifier.values(c.breakdown()));
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
		catch (SQLException e) {
			throw new IllegalStateException("Kandidaten van de selectierun niet opgeslagen", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		long copied = System.nanoTime();
		jdbc.sql("SELECT selection_candidate_attach_partition(:run)").param("run", run).query((rs, n) -> 0).list();
		return millis(copied, System.nanoTime());
	}

	private static final String COPY_COLUMNS = """
			(run_id, person_id, rank, category, score, age, age_band, gender, municipality, antecedents, last_antecedent,
			  factors)""";

	/** Text in UTF-8, each distinct string (category, gender, municipality: few) encoded once; null is NULL. */
	private static void text(BinaryCopyWriter rows, Map<String, byte[]> utf8, @Nullable String value) {
		if (value == null) {
			rows.nullValue();
			return;
		}
		byte[] bytes = utf8.computeIfAbsent(value, v -> v.getBytes(StandardCharsets.UTF_8));
		if (bytes.length == 0) {
			rows.text(value); // an empty string, not NULL
		}
		else {
			rows.value(bytes, 0, bytes.length);
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
				Classifier.breakdown(factors(rs.getArray("factors")), scoring));
	}

	private static double[] factors(java.sql.Array stored) throws SQLException {
		Double[] boxed = (Double[]) stored.getArray();
		double[] values = new double[boxed.length];
		for (int k = 0; k < values.length; k++) {
			values[k] = boxed[k];
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
