package nl.veiligheidshuis.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.trajectories.ClosureReason;
import nl.veiligheidshuis.trajectories.TrajectoriesIntegrationTest;
import nl.veiligheidshuis.trajectories.TrajectoryAssigned;
import nl.veiligheidshuis.trajectories.TrajectoryClosed;
import nl.veiligheidshuis.trajectories.TrajectoryOrigin;
import nl.veiligheidshuis.trajectories.TrajectoryStarted;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steering-group report against a generated history: a few hundred trajectories in the first half of 2011,
 * fed to the read model as their events; the generator knows what the counts and lead times must be. And the
 * report of real trajectories stays the same after their dossiers are erased.
 */
@HouseIntegrationTest
class SteeringGroupReportIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final List<String> PLACES = List.of("Heerlen", "Brunssum", "Nuth", "Voerendaal", "Onderbanken");
	static final List<TargetGroup> GROUPS = List.of(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER, TargetGroup.PROLIFIC_OFFENDER,
			TargetGroup.YOUTH_PROLIFIC_OFFENDER, TargetGroup.PERSISTENT_NUISANCE_OFFENDER, TargetGroup.DOMESTIC_VIOLENCE_PERPETRATOR);

	@LocalServerPort
	int port;

	@Autowired
	ReadModel readModel;

	@Autowired
	SteeringGroupReports reports;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	/** One generated trajectory: its group, place and the moments of its path (null: not reached). */
	record Generated(TargetGroup group, @Nullable String place, OffsetDateTime started, @Nullable OffsetDateTime assigned,
			@Nullable OffsetDateTime offered, @Nullable OffsetDateTime contracted, @Nullable OffsetDateTime execution,
			@Nullable OffsetDateTime completed, @Nullable OffsetDateTime closed, @Nullable ClosureReason reason) {
	}

	/** Generates and feeds {@code n} trajectories started in [from, from + 180 days); returns what it generated. */
	private List<Generated> generate(int n, LocalDate from, long seed) {
		ZoneId zone = clock.getZone();
		Random random = new Random(seed);
		UUID manager = UUID.randomUUID();
		List<Generated> generated = new ArrayList<>();
		for (int t = 0; t < n; t++) {
			TargetGroup group = GROUPS.get(random.nextInt(GROUPS.size()));
			// Skewed, so that some cells are small: Heerlen most, Onderbanken and "elsewhere" rarely.
			int pick = random.nextInt(100);
			String place = pick < 55 ? "Heerlen" : pick < 75 ? "Brunssum" : pick < 87 ? "Nuth" : pick < 95 ? "Voerendaal"
					: pick < 98 ? "Onderbanken" : null;
			OffsetDateTime started = from.atStartOfDay(zone).toOffsetDateTime().plusMinutes(random.nextInt(180 * 24 * 60));
			OffsetDateTime assigned = random.nextInt(10) < 9 ? started.plusHours(1 + random.nextInt(20 * 24)) : null;
			OffsetDateTime offered = assigned != null && random.nextInt(10) < 7 ? assigned.plusHours(24 + random.nextInt(50 * 24)) : null;
			OffsetDateTime contracted = offered != null && random.nextInt(10) < 8 ? offered.plusHours(1 + random.nextInt(14 * 24)) : null;
			OffsetDateTime execution = contracted != null && random.nextInt(10) < 9 ? contracted.plusHours(1 + random.nextInt(12 * 24))
					: null;
			OffsetDateTime completed = execution != null && random.nextInt(2) == 0 ? execution.plusDays(20 + random.nextInt(100)) : null;
			ClosureReason reason = null;
			OffsetDateTime closed = null;
			if (completed != null && random.nextBoolean()) {
				closed = completed.plusDays(1 + random.nextInt(30));
				reason = ClosureReason.COMPLETED;
			}
			else if (completed == null && random.nextInt(5) == 0) {
				OffsetDateTime last = execution != null ? execution : contracted != null ? contracted : offered != null ? offered
						: assigned != null ? assigned : started;
				closed = last.plusDays(1 + random.nextInt(40));
				reason = List.of(ClosureReason.DESELECTED, ClosureReason.MOVED, ClosureReason.DETAINED_LONG_TERM)
					.get(random.nextInt(3));
			}
			Generated g = new Generated(group, place, started, assigned, offered, contracted, execution, completed, closed,
					reason);
			generated.add(g);
			feed(g, manager);
		}
		return generated;
	}

	private void feed(Generated g, UUID manager) {
		UUID trajectory = UUID.randomUUID();
		readModel.started(new TrajectoryStarted(trajectory, UUID.randomUUID(), g.group(), TrajectoryOrigin.PRIORITY_LIST,
				g.started()), g.place());
		if (g.assigned() != null) {
			readModel.assigned(new TrajectoryAssigned(trajectory, manager, null, g.assigned()));
			readModel.changed(trajectory, "ASSIGNED", g.assigned());
		}
		step(trajectory, "OFFERED", g.offered());
		step(trajectory, "CONTRACTED", g.contracted());
		step(trajectory, "IN_EXECUTION", g.execution());
		step(trajectory, "COMPLETED", g.completed());
		if (g.closed() != null) {
			readModel.changed(trajectory, "CLOSED", g.closed());
			readModel.closed(new TrajectoryClosed(trajectory, UUID.randomUUID(), g.reason(), g.closed()));
		}
	}

	private void step(UUID trajectory, String state, @Nullable OffsetDateTime at) {
		if (at != null) {
			readModel.changed(trajectory, state, at);
		}
	}

	private static boolean in(@Nullable OffsetDateTime at, OffsetDateTime from, OffsetDateTime to) {
		return at != null && !at.isBefore(from) && at.isBefore(to);
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return SteeringGroupReports.oneDecimal(median);
	}

	private static double days(OffsetDateTime from, OffsetDateTime to) {
		return (to.toEpochSecond() - from.toEpochSecond()) / 86400.0;
	}

	@Test
	void a_report_over_a_generated_history_gives_the_counts_and_lead_times_the_generator_knows() {
		LocalDate first = LocalDate.of(2011, 1, 1);
		List<Generated> history = generate(400, first, 2011);
		Period period = new Period(first, LocalDate.of(2011, 6, 30));
		ZoneId zone = clock.getZone();
		OffsetDateTime from = period.start(zone);
		OffsetDateTime to = period.end(zone);
		SteeringGroupReport report = reports.report(period);

		// Started per target group and municipality: every published cell is the generator's count, every hidden
		// cell is one the rules hide, and the grand total is exact.
		CountTable started = report.table("STARTED");
		Map<String, Long> expected = new HashMap<>();
		for (Generated g : history) {
			if (in(g.started(), from, to)) {
				expected.merge(g.group().name() + "|" + (g.place() == null ? "BUITEN_DISTRICT_OF_ONBEKEND" : g.place()), 1L,
						Long::sum);
			}
		}
		assertThat(started.totals().total().published()).isEqualTo(history.stream().filter(g -> in(g.started(), from, to)).count());
		int hidden = 0;
		for (CountTable.Row row : started.rows()) {
			for (int j = 0; j < started.columns().size(); j++) {
				CountTable.Cell cell = row.cells().get(j);
				long truth = expected.getOrDefault(row.code() + "|" + started.columnCodes().get(j), 0L);
				assertThat(cell.value()).as("%s in %s", row.code(), started.columnCodes().get(j)).isEqualTo(truth);
				if (cell.shown() == CountTable.Shown.PRIMARY) {
					assertThat(truth).isBetween(1L, 4L);
				}
				hidden += cell.shown() == CountTable.Shown.VALUE ? 0 : 1;
			}
		}
		assertThat(hidden).as("the skewed history has small cells in Onderbanken and elsewhere").isPositive();

		// The path per milestone: the column totals are the generator's counts.
		CountTable path = report.table("PATH");
		List<java.util.function.Function<Generated, @Nullable OffsetDateTime>> moments = List.of(Generated::started,
				Generated::assigned, Generated::offered, Generated::contracted, Generated::execution, Generated::completed,
				g -> null, Generated::closed);
		for (int j = 0; j < moments.size(); j++) {
			var moment = moments.get(j);
			long truth = history.stream().filter(g -> in(moment.apply(g), from, to)).count();
			assertThat(path.totals().cells().get(j).value()).as(path.columnCodes().get(j)).isEqualTo(truth);
		}

		// Lead times: median and count per step, of the trajectories whose later moment falls in the period.
		Map<String, List<Double>> leads = new HashMap<>();
		for (Generated g : history) {
			lead(leads, "SELECTION_ASSIGNMENT", g.started(), g.assigned(), from, to);
			lead(leads, "ASSIGNMENT_OFFER", g.assigned(), g.offered(), from, to);
			lead(leads, "OFFER_CONTRACT", g.offered(), g.contracted(), from, to);
			lead(leads, "CONTRACT_START", g.contracted(), g.execution(), from, to);
			lead(leads, "SELECTION_START", g.started(), g.execution(), from, to);
		}
		for (SteeringGroupReport.LeadTime lead : report.leadTimes()) {
			List<Double> values = leads.getOrDefault(lead.code(), List.of());
			assertThat(lead.count()).as(lead.code()).isEqualTo(values.size());
			assertThat(lead.medianDays()).as(lead.code()).isCloseTo(median(values), org.assertj.core.data.Offset.offset(0.051));
		}

		// Contracts whose first intervention started within 7 days.
		long contracted = history.stream().filter(g -> in(g.contracted(), from, to)).count();
		long withinWeek = history.stream().filter(g -> in(g.contracted(), from, to) && g.execution() != null
				&& !g.execution().isAfter(g.contracted().plusDays(7))).count();
		assertThat(report.startedWithinWeek().whole()).isEqualTo(contracted);
		assertThat(report.startedWithinWeek().part()).isEqualTo(withinWeek);

		// Closed per reason: the grand total.
		long closed = history.stream().filter(g -> in(g.closed(), from, to)).count();
		assertThat(report.table("CLOSED").totals().total().value()).isEqualTo(closed);
	}

	private static void lead(Map<String, List<Double>> leads, String code, @Nullable OffsetDateTime start,
			@Nullable OffsetDateTime end, OffsetDateTime from, OffsetDateTime to) {
		if (start != null && in(end, from, to)) {
			leads.computeIfAbsent(code, c -> new ArrayList<>()).add(days(start, end));
		}
	}

	@Test
	void the_api_gives_json_a_real_pdf_with_charts_and_csv_and_refuses_a_reversed_period() throws Exception {
		generate(120, LocalDate.of(2012, 1, 1), 2012);
		HttpTestClient api = new HttpTestClient(port);
		String steering = DemoApiTokens.bearer(apiTokens, accounts, "stuurgroep.demo");
		String query = "/api/v1/reports/steering-group?from=2012-01-01&to=2012-06-30";

		HttpResponse<String> json = api.send(api.request(query).header("Authorization", steering));
		assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(json.body());
		assertThat(body.path("k").asInt()).isEqualTo(5);
		JsonNode startedTable = body.path("tables").get(0);
		assertThat(startedTable.path("code").asString()).isEqualTo("STARTED");
		long total = startedTable.path("totals").path("total").path("value").asLong();
		assertThat(total).isEqualTo(jdbc.sql("""
				SELECT count(*) FROM reporting_trajectory WHERE started_at >= TIMESTAMPTZ '2012-01-01 00:00 Europe/Amsterdam'
				AND started_at < TIMESTAMPTZ '2012-07-01 00:00 Europe/Amsterdam'""").query(Long.class).single());
		assertThat(json.body()).doesNotContain("personId").doesNotContain("subject");

		HttpResponse<byte[]> pdf = api.sendBytes(api.request(query).header("Authorization", steering)
			.header("Accept", "application/pdf"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Stuurgroeprapportage", "Gestarte trajecten per doelgroep en gemeente", "Doorlooptijden",
					"Periode: 1 januari 2012 tot en met 30 juni 2012", "Jeugdige veelpleger");
			// The SVG charts are drawn on the first page: its bars have the house colour #154273.
			java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, 1f);
			int bars = 0;
			for (int x = 0; x < page.getWidth(); x++) {
				for (int y = 0; y < page.getHeight(); y++) {
					java.awt.Color color = new java.awt.Color(page.getRGB(x, y));
					if (Math.abs(color.getRed() - 0x15) < 12 && Math.abs(color.getGreen() - 0x42) < 12
							&& Math.abs(color.getBlue() - 0x73) < 12) {
						bars++;
					}
				}
			}
			assertThat(bars).as("pixels of the charts' bars").isGreaterThan(500);
		}

		HttpResponse<String> csv = api.send(api.request(query).header("Authorization", steering).header("Accept", "text/csv"));
		assertThat(csv.statusCode()).isEqualTo(200);
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("periode_van;periode_tot;onderdeel;rij;kolom;aantal;weergave");
		assertThat(csv.body()).contains("2012-01-01;2012-06-30;STARTED;Totaal;Totaal;" + total + ";" + total);
		for (String line : lines) {
			String[] cells = line.split(";", -1);
			if (cells[6].equals("<5") || cells[6].equals("×")) {
				assertThat(cells[5]).as("a suppressed count has no number: " + line).isEmpty();
			}
		}

		HttpResponse<String> monitor = api.send(api.request("/api/v1/reports/provincial-monitor?from=2012-01-01&to=2012-06-30")
			.header("Authorization", steering).header("Accept", "text/csv"));
		assertThat(monitor.statusCode()).isEqualTo(200);
		assertThat(monitor.body()).startsWith("periode_van;periode_tot;kengetal;doelgroep;gemeente;aantal;weergave")
			.contains(";GESTART;TOTAAL;TOTAAL;" + total + ";");

		HttpResponse<String> reversed = api.send(api.request("/api/v1/reports/steering-group?from=2012-06-30&to=2012-01-01")
			.header("Authorization", steering));
		assertThat(reversed.statusCode()).isEqualTo(400);
		assertThat(reversed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(reversed.body()).contains("De einddatum ligt voor de begindatum.");

		HttpResponse<String> indicators = api.send(api.request("/api/v1/indicators?period=2012-H1").header("Authorization", steering));
		assertThat(indicators.statusCode()).isEqualTo(200);
		JsonNode list = JSON.readTree(indicators.body());
		assertThat(list.get(0).path("code").asString()).isEqualTo("VAPO_OFFERED");
		assertThat(list.get(0).path("version").path("baseline").decimalValue()).isEqualByComparingTo("75");
		assertThat(list.get(0).path("version").path("target").decimalValue()).isEqualByComparingTo("38");
		HttpResponse<String> badPeriod = api.send(api.request("/api/v1/indicators?period=vorig-jaar").header("Authorization", steering));
		assertThat(badPeriod.statusCode()).isEqualTo(400);
		assertThat(badPeriod.body()).contains("2026-H1");

		String partner = DemoApiTokens.bearer(apiTokens, accounts, "politie.demo");
		assertThat(api.send(api.request(query).header("Authorization", partner)).statusCode()).isEqualTo(403);
	}

	@Test
	void the_report_keeps_its_figures_after_the_dossiers_are_erased() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		List<UUID> trajectories = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			trajectories.add(TrajectoriesIntegrationTest.urgentTrajectory(http, apiTokens, accounts, partners,
					TrajectoriesIntegrationTest.unique("Rapportage")));
		}
		// The read model follows the events after commit, asynchronously.
		long deadline = System.currentTimeMillis() + 20_000;
		while (jdbc.sql("SELECT count(*) FROM reporting_trajectory WHERE trajectory_id IN (:ids)").param("ids", trajectories)
			.query(Long.class).single() < trajectories.size() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("SELECT count(*) FROM reporting_trajectory WHERE trajectory_id IN (:ids)").param("ids", trajectories)
			.query(Long.class).single()).isEqualTo(trajectories.size());
		assertThat(jdbc.sql("SELECT count(*) FROM reporting_trajectory WHERE trajectory_id IN (:ids) AND target_group = 'PROLIFIC_OFFENDER'")
			.param("ids", trajectories).query(Long.class).single()).isEqualTo(trajectories.size());

		Period today = new Period(LocalDate.now(clock), LocalDate.now(clock));
		SteeringGroupReport before = reports.report(today);
		assertThat(before.table("STARTED").totals().total().value()).isGreaterThanOrEqualTo(trajectories.size());

		erase(trajectories);
		assertThat(jdbc.sql("SELECT count(*) FROM trajectories_trajectory WHERE id IN (:ids)").param("ids", trajectories)
			.query(Long.class).single()).isZero();

		SteeringGroupReport after = reports.report(today);
		assertThat(after.tables()).isEqualTo(before.tables());
		assertThat(after.leadTimes()).isEqualTo(before.leadTimes());
	}

	/** Erases the dossiers as retention would: every row of every operational table about these trajectories. */
	private void erase(List<UUID> trajectories) {
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.columns
				WHERE table_schema = 'public' AND column_name = 'trajectory_id' AND table_name NOT LIKE 'reporting_%'""")
			.query(String.class).list();
		for (int pass = 0; pass < 5; pass++) {
			for (String table : tables) {
				try {
					jdbc.sql("DELETE FROM " + table + " WHERE trajectory_id IN (:ids)").param("ids", trajectories).update();
				}
				catch (org.springframework.dao.DataIntegrityViolationException referencedStill) {
					// another table still refers to these rows: the next pass
				}
			}
		}
		jdbc.sql("DELETE FROM trajectories_trajectory WHERE id IN (:ids)").param("ids", trajectories).update();
	}
}
