package nl.veiligheidshuis.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.intake.Antecedents;
import nl.veiligheidshuis.selection.SelectionRunCompleted;
import nl.veiligheidshuis.selection.SelectionRuns;

/**
 * The effect feed writes a run's candidates and antecedent dates in statements of many rows: with statements of
 * three rows and queries of two persons it passes every boundary (several statements per table, a flush in the
 * middle of the dates and at the end) on a seeded run, and writes exactly what the feed with its real sizes wrote.
 * In a transaction that is rolled back: the house's reporting tables stay as they were.
 */
@HouseIntegrationTest
class EffectFeedIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	ReadModel readModel;

	@Autowired
	SelectionRuns runs;

	@Autowired
	Antecedents antecedents;

	@Autowired
	PlatformTransactionManager transactions;

	private static final String SUBJECTS = """
			SELECT subject || ' ' || category || ' ' || age_band || ' ' || gender || ' ' || antecedents_before || ' '
			       || coalesce(months_since_last::text, '-')
			FROM reporting_selection_subject WHERE run_id = :run ORDER BY 1""";
	private static final String DATES = """
			SELECT subject || ' ' || antecedent_key || ' ' || registered_on FROM reporting_antecedent
			WHERE subject IN (SELECT subject FROM reporting_selection_subject WHERE run_id = :run) ORDER BY 1""";

	@Test
	void small_statements_write_what_the_feed_wrote() throws InterruptedException {
		UUID run = jdbc.sql("""
				SELECT id FROM selection_run WHERE status = 'COMPLETED' AND candidates > 6 ORDER BY finished_at DESC LIMIT 1""")
			.query(UUID.class).single();
		LocalDate referenceDate = jdbc.sql("SELECT reference_date FROM selection_run WHERE id = :run").param("run", run)
			.query(LocalDate.class).single();
		int candidates = runs.candidateFacts(run).size();
		for (int k = 0; k < 300 && count("reporting_selection_subject", run) < candidates; k++) {
			Thread.sleep(100); // the seeded run's own feed, in the background
		}
		List<String> subjects = jdbc.sql(SUBJECTS).param("run", run).query(String.class).list();
		List<String> dates = jdbc.sql(DATES).param("run", run).query(String.class).list();
		assertThat(subjects).hasSize(candidates);
		assertThat(dates.size()).isGreaterThan(3 * 2);

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM reporting_antecedent WHERE subject IN (SELECT subject FROM reporting_selection_subject"
					+ " WHERE run_id = :run)").param("run", run).update();
			jdbc.sql("DELETE FROM reporting_selection_subject WHERE run_id = :run").param("run", run).update();
			assertThat(count("reporting_selection_subject", run)).isZero();

			new EffectFeed(readModel, runs, antecedents, jdbcTemplate, 3, 2)
				.on(new SelectionRunCompleted(run, referenceDate, candidates));

			assertThat(jdbc.sql(SUBJECTS).param("run", run).query(String.class).list()).isEqualTo(subjects);
			assertThat(jdbc.sql(DATES).param("run", run).query(String.class).list()).isEqualTo(dates);
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql(DATES).param("run", run).query(String.class).list()).isEqualTo(dates);
	}

	private int count(String table, UUID run) {
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE run_id = :run").param("run", run).query(Integer.class)
			.single();
	}
}
