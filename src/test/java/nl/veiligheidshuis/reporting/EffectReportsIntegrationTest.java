package nl.veiligheidshuis.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Effect monitoring through the read-model tables: {@link PlantedEffectGenerator} cohorts are written as
 * selection rows, antecedent dates and trajectory rows (the generator is the oracle), and {@link EffectReports}
 * must find the planted effect back from the tables alone. Each test uses its own cohort year, far from the demo.
 */
@HouseIntegrationTest
class EffectReportsIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final ZoneId HOUSE = ZoneId.of("Europe/Amsterdam");

	@LocalServerPort
	int port;

	@Autowired
	EffectReports effects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate batch;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	/**
	 * Writes the generated persons as read-model rows with a start in {@code year}: the 12-month window before the
	 * start holds exactly the generator's antecedents (the last one its months since the last, capped at 11 so
	 * that it stays in the window), the 12 months after the start its new antecedents.
	 */
	void write(List<EffectSubject> persons, int year, long seed) {
		Random random = new Random(seed);
		UUID run = UUID.randomUUID();
		List<Object[]> selection = new ArrayList<>();
		List<Object[]> antecedents = new ArrayList<>();
		List<Object[]> trajectories = new ArrayList<>();
		for (EffectSubject person : persons) {
			UUID subject = UUID.randomUUID();
			LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
			LocalDate last = start.minusMonths(Math.min(11, person.monthsSinceLast()));
			LocalDate windowStart = start.minusMonths(12);
			for (int a = 0; a < person.antecedentsBefore(); a++) {
				LocalDate on = a == 0 ? last : windowStart.plusDays(random.nextInt((int) (last.toEpochDay() - windowStart.toEpochDay()) + 1));
				antecedents.add(new Object[] { subject, UUID.randomUUID(), on });
			}
			for (int a = 0; a < person.newAntecedents(); a++) {
				antecedents.add(new Object[] { subject, UUID.randomUUID(), start.plusDays(1 + random.nextInt(360)) });
			}
			LocalDate reference = person.participant() ? start.minusDays(10) : start;
			selection.add(new Object[] { run, reference, subject, person.category(), person.ageBand(), person.gender(),
					person.antecedentsBefore(), person.monthsSinceLast() });
			if (person.participant()) {
				trajectories.add(new Object[] { UUID.randomUUID(), subject, person.category(),
						java.sql.Timestamp.from(start.atTime(12, 0).atZone(HOUSE).toInstant()) });
			}
		}
		batch.batchUpdate("""
				INSERT INTO reporting_selection_subject (run_id, reference_date, subject, category, age_band, gender,
				  antecedents_before, months_since_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", selection);
		batch.batchUpdate("INSERT INTO reporting_antecedent (subject, antecedent_key, registered_on) VALUES (?, ?, ?)",
				antecedents);
		batch.batchUpdate("""
				INSERT INTO reporting_trajectory (trajectory_id, subject, target_group, origin, state, started_at)
				VALUES (?, ?, ?, 'PRIORITY_LIST', 'SELECTED', ?)""", trajectories);
	}

	static EffectReport.Window window(EffectReport report, int months) {
		return report.windows().stream().filter(w -> w.months() == months).findFirst().orElseThrow();
	}

	@Test
	void the_planted_effect_is_recovered_through_the_tables_and_the_naive_comparison_misses_it() throws Exception {
		List<EffectSubject> persons = new PlantedEffectGenerator(20261128L, 0.7).generate(6000);
		write(persons, 2008, 1L);
		Period cohort = new Period(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31));

		EffectReport report = effects.report(cohort);
		EffectReport.Window year = window(report, 12);
		long participants = persons.stream().filter(EffectSubject::participant).count();
		assertThat(year.participants().value()).isEqualTo(participants);
		assertThat(year.comparison().value()).isEqualTo(persons.size() - participants);
		EffectEstimate estimate = year.estimate();
		assertThat(estimate).as("an estimate for 12 months").isNotNull();
		assertThat(estimate.bootstrapReplicates()).isEqualTo(1000);
		assertThat(estimate.relativePrevalence().intervalCovers(-0.30)).as("planted −30%% in %s", estimate.relativePrevalence())
			.isTrue();
		assertThat(estimate.relativePrevalence().upper()).as("the interval excludes no effect").isLessThan(0);
		assertThat(estimate.naiveRelativePrevalence().intervalCovers(-0.30)).as("naive %s", estimate.naiveRelativePrevalence())
			.isFalse();
		assertThat(estimate.balance().getFirst().before()).as("imbalanced before matching").isGreaterThan(0.3);
		assertThat(Math.abs(estimate.balance().getFirst().after())).as("balanced after matching").isLessThan(0.1);
		// The participants' before/after figures count the generated antecedents.
		long reoffended = persons.stream().filter(p -> p.participant() && p.newAntecedents() > 0).count();
		assertThat(year.after().reoffended().value()).isEqualTo(reoffended);
		// The 24-month window has elapsed too (2008 + 2 years is long past), the estimate is repeatable.
		assertThat(window(report, 24).participants().value()).isEqualTo(participants);
		assertThat(effects.report(cohort).windows().get(1).estimate()).isEqualTo(estimate);

		// The figures use only the reporting tables: with every other table emptied (rolled back) they are the same.
		EffectReport withoutDossiers = new TransactionTemplate(transactions).execute(status -> {
			emptyEveryOperationalTable();
			EffectReport again = effects.report(cohort);
			status.setRollbackOnly();
			return again;
		});
		assertThat(withoutDossiers.windows()).isEqualTo(report.windows());
		assertThat(withoutDossiers.lifeDomains()).isEqualTo(report.lifeDomains());

		// The API gives the same figures as JSON; bad input is problem+json.
		HttpTestClient api = new HttpTestClient(port);
		String steering = DemoApiTokens.bearer(apiTokens, accounts, "stuurgroep.demo");
		HttpResponse<String> json = api.send(api.request("/api/v1/reports/effect?cohortFrom=2008-01-01&cohortTo=2008-12-31")
			.header("Authorization", steering));
		assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(json.body());
		assertThat(body.path("windows").get(1).path("months").asInt()).isEqualTo(12);
		assertThat(body.path("windows").get(1).path("estimate").path("relativePrevalence").path("difference").asDouble())
			.isEqualTo(estimate.relativePrevalence().difference());
		assertThat(json.body()).doesNotContain("subject");
		HttpResponse<String> bad = api.send(api.request("/api/v1/reports/effect?cohortFrom=2008-13-01&cohortTo=2007-01-01")
			.header("Authorization", steering));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(bad.body()).contains("jjjj-mm-dd");
		HttpResponse<String> reversed = api.send(api.request("/api/v1/reports/effect?cohortFrom=2008-12-31&cohortTo=2008-01-01")
			.header("Authorization", steering));
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.body()).contains("einddatum");
		// The steering-group PDF carries the effect section (the default cohort: the demo's effect history).
		HttpResponse<byte[]> pdf = api.sendBytes(api.request("/api/v1/reports/steering-group")
			.header("Authorization", steering).header("Accept", "application/pdf"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Effectmeting (cohort", "observationele vergelijking", "Na 12 maanden",
					"Verbeterd");
		}
		String partner = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		assertThat(api.send(api.request("/api/v1/reports/effect").header("Authorization", partner)).statusCode())
			.isEqualTo(403);
	}

	@Test
	void without_an_effect_the_interval_covers_zero_and_small_groups_get_no_estimate() {
		List<EffectSubject> persons = new PlantedEffectGenerator(424242L, 1.0).generate(6000);
		write(persons, 2009, 2L);
		EffectEstimate estimate = window(effects.report(new Period(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31))), 12)
			.estimate();
		assertThat(estimate).isNotNull();
		assertThat(estimate.prevalence().intervalCovers(0)).as("no effect: %s", estimate.prevalence()).isTrue();
		assertThat(estimate.relativePrevalence().intervalCovers(0)).isTrue();

		// Three participants and ten comparison persons: counts below k are suppressed and no estimate is shown.
		List<EffectSubject> few = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			few.add(new EffectSubject(i < 3, "PROLIFIC_OFFENDER", "FROM_25_TO_34", "M", 4, 2, i % 2, 1.0));
		}
		write(few, 2005, 3L);
		EffectReport small = effects.report(new Period(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)));
		EffectReport.Window year = window(small, 12);
		assertThat(year.participants().value()).as("3 < k is not shown").isNull();
		assertThat(year.participants().text(5)).isEqualTo("<5");
		assertThat(year.comparison().value()).isEqualTo(10L);
		assertThat(year.estimate()).isNull();
		assertThat(year.refusal()).isEqualTo("reporting.effect.refused.groups");
		assertThat(year.after().prevalencePercent()).isNull();
	}

	/** Deletes the rows of every table that is not reporting's (inside the caller's transaction, to be rolled back). */
	private void emptyEveryOperationalTable() {
		List<String> tables = jdbc.sql("""
				SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'reporting\\_%'
				AND tablename NOT LIKE 'flyway%'""").query(String.class).list();
		List<String> left = new ArrayList<>(tables);
		boolean progress = true;
		while (!left.isEmpty() && progress) {
			progress = false;
			for (String table : List.copyOf(left)) {
				jdbc.sql("SAVEPOINT empty_table").update();
				try {
					jdbc.sql("DELETE FROM \"" + table + "\"").update();
					jdbc.sql("RELEASE SAVEPOINT empty_table").update();
					left.remove(table);
					progress = true;
				}
				catch (RuntimeException refused) {
					jdbc.sql("ROLLBACK TO SAVEPOINT empty_table").update();
				}
			}
		}
		for (String dossier : List.of("persons_person", "trajectories_trajectory")) {
			assertThat(jdbc.sql("SELECT count(*) FROM " + dossier).query(Long.class).single()).as(dossier).isZero();
		}
	}
}
