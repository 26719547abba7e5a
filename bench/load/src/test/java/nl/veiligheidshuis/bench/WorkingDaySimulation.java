package nl.veiligheidshuis.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A working day of a house (bench/load/run.sh): intervention managers open "Mijn werk", their caseload and
 * dossiers, record progress and search persons; professionals of the probation service answer commitment
 * requests; the secretariat plans case conferences and puts subjects on them. Users ramp up to the
 * configured number (default 200) and work until the end of the steady phase; then, in the same run, two
 * capacity phases without think time measure the throughput of a trivial endpoint of the application
 * (the framework's ceiling) and of dossier reads (with their audit records) at the same concurrency.
 *
 * <p>System properties: baseUrl, users, rampSeconds, steadySeconds, capacityUsers, capacitySeconds,
 * feeders (directory with managers.csv, requests.csv, surnames.csv written by setup.sh), password.
 */
public class WorkingDaySimulation extends Simulation {

	static final String BASE = System.getProperty("baseUrl", "http://localhost:18310");
	static final int USERS = Integer.getInteger("users", 200);
	static final int RAMP = Integer.getInteger("rampSeconds", 120);
	static final int STEADY = Integer.getInteger("steadySeconds", 300);
	static final int CAPACITY_USERS = Integer.getInteger("capacityUsers", 16);
	static final int CAPACITY = Integer.getInteger("capacitySeconds", 30);
	static final Path FEEDERS = Path.of(System.getProperty("feeders", "../../target/bench/load"));
	static final String PASSWORD = System.getProperty("password", "bench-demo-wachtwoord");

	/** The working day ends for everybody at the same moment; the capacity phases follow. */
	static final long END = System.currentTimeMillis() + 15_000L + (RAMP + STEADY) * 1000L;

	static final AtomicInteger SLOT = new AtomicInteger();
	/** Ten days of slots per minute of the clock: runs on one database plan conferences on different days. */
	static final long RUN_DAY = System.currentTimeMillis() / 60_000 * 10 % 30_000;
	static final AtomicInteger PARTNER_ACCOUNT = new AtomicInteger();
	static final AtomicInteger SECRETARIAT_ACCOUNT = new AtomicInteger();
	static final AtomicInteger CAPACITY_ACCOUNT = new AtomicInteger();
	static final Phase TRIVIAL = new Phase();
	static final Phase DOSSIERS = new Phase();

	/** Counts the requests of a capacity phase between its first and its last. */
	static final class Phase {
		final AtomicLong count = new AtomicLong();
		final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
		final AtomicLong last = new AtomicLong();

		Session tick(Session session) {
			long now = System.nanoTime();
			count.incrementAndGet();
			first.accumulateAndGet(now, Math::min);
			last.accumulateAndGet(now, Math::max);
			return session;
		}

		double perSecond() {
			return count.get() < 2 ? 0 : count.get() / ((last.get() - first.get()) / 1e9);
		}
	}

	static List<String[]> rows(String file) {
		try {
			List<String> lines = Files.readAllLines(FEEDERS.resolve(file));
			List<String[]> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				rows.add(line.split(",", -1));
			}
			return rows;
		}
		catch (IOException e) {
			throw new IllegalStateException("run bench/load/setup.sh first: " + e.getMessage(), e);
		}
	}

	static final List<String[]> MANAGERS = rows("managers.csv");
	static final List<String[]> REQUESTS = rows("requests.csv");
	static final List<String[]> SURNAMES = rows("surnames.csv");
	static final AtomicInteger NEXT_MANAGER = new AtomicInteger();
	static final AtomicInteger NEXT_REQUEST = new AtomicInteger();

	/** Each manager account once per virtual user (wrapping when there are more users than accounts). */
	static Iterator<Map<String, Object>> managers() {
		return new Iterator<>() {
			public boolean hasNext() {
				return true;
			}

			public Map<String, Object> next() {
				String[] row = MANAGERS.get(NEXT_MANAGER.getAndIncrement() % MANAGERS.size());
				return Map.of("username", row[0], "trajectories", row[1], "executing", row[2]);
			}
		};
	}

	static String pick(Session session, String key) {
		String[] ids = session.getString(key).split(";");
		return ids[ThreadLocalRandom.current().nextInt(ids.length)];
	}

	static ChainBuilder login(String requestName) {
		return exec(http(requestName + ": login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http(requestName + ": login").post("/login").disableFollowRedirect()
				.formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").transform(l -> !l.contains("error")).is(true)));
	}

	/** A page of a logged-in user: 200, not the login page (the session survived), a CSRF token for the next form. */
	static ChainBuilder page(String name, String path) {
		return exec(http(name).get(path)
			.check(status().is(200), currentLocationRegex("/login").notExists(),
					css("input[name=_csrf]", "value").saveAs("csrf")));
	}

	static boolean workingDay() {
		return System.currentTimeMillis() < END;
	}

	final ChainBuilder mijnWerk = page("Mijn werk", "/");

	final ScenarioBuilder managers = scenario("intervention manager")
		.feed(managers())
		.exec(login("manager"))
		.asLongAs(s -> workingDay()).on(
			exec(mijnWerk).pause(1, 3)
				.exec(s -> s.set("trajectoryId", pick(s, "trajectories")))
				.exec(page("dossier", "/trajecten/#{trajectoryId}")).pause(1, 3)
				.randomSwitch().on(
					percent(35).then(
						exec(s -> s.set("executingId", pick(s, "executing")))
							.exec(http("execution page").get("/trajecten/#{executingId}/uitvoering")
								.check(status().is(200), currentLocationRegex("/login").notExists(),
										css("form[action$='/voortgang'] input[name=version]", "value").saveAs("version"),
										css("form[action$='/voortgang'] input[name=_csrf]", "value").saveAs("csrf")))
							.pause(2, 4)
							.exec(http("record progress").post("/trajecten/#{executingId}/uitvoering/voortgang")
								.disableFollowRedirect()
								.formParam("_csrf", "#{csrf}").formParam("version", "#{version}")
								.formParam("reportedOn", LocalDate.now().toString())
								.formParam("text", "Gesprek gevoerd, afspraken nagekomen (synthetisch).")
								.formParam("domains[HOUSING]", "Woning in zicht (synthetisch).")
								.check(status().is(302), header("Location").transform(l -> l.endsWith("/uitvoering")).is(true)))),
					percent(35).then(
						exec(s -> s.set("surname", SURNAMES.get(ThreadLocalRandom.current().nextInt(SURNAMES.size()))[0]))
							.exec(http("person search").post("/personen")
								.formParam("_csrf", "#{csrf}").formParam("surname", "#{surname}").formParam("givenNames", "")
								.formParam("dateOfBirth", "")
								.check(status().is(200), currentLocationRegex("/login").notExists()))),
					percent(30).then(page("caseload", "/trajecten")))
				.pause(2, 5));

	final ScenarioBuilder partners = scenario("probation professional")
		.exec(s -> s.set("username", "partner.bench." + String.format("%03d", 1 + PARTNER_ACCOUNT.getAndIncrement() % 30)))
		.exec(login("partner"))
		.asLongAs(s -> workingDay()).on(
			exec(mijnWerk).pause(2, 4)
				.exec(s -> {
					int n = NEXT_REQUEST.getAndIncrement();
					return n < REQUESTS.size() ? s.set("interventionId", REQUESTS.get(n)[0]) : s.remove("interventionId");
				})
				.doIf(s -> s.contains("interventionId")).then(
					page("commitment page", "/interventies/#{interventionId}/toezegging").pause(2, 5)
						.exec(http("confirm commitment").post("/interventies/#{interventionId}/toezegging").disableFollowRedirect()
							.formParam("_csrf", "#{csrf}").formParam("answer", "CONFIRM").formParam("note", "Kan starten (synthetisch).")
							.check(status().is(302))))
				.pause(15, 25));

	final ScenarioBuilder secretariat = scenario("secretariat")
		.exec(s -> s.set("username", "secr.bench." + String.format("%03d", 1 + SECRETARIAT_ACCOUNT.getAndIncrement() % 20)))
		.exec(login("secretariat"))
		.asLongAs(s -> workingDay()).on(
			exec(page("agenda", "/agenda")).pause(2, 4)
				.exec(http("new conference form").get("/agenda/nieuw").check(status().is(200),
						css("select[name=roomId] option[value]", "value").findAll().saveAs("rooms"),
						css("select[name=chairId] option[value]", "value").findRandom().saveAs("chairId"),
						css("select[name=minuteTakerId] option[value]", "value").findRandom().saveAs("minuteTakerId"),
						css("input[name=_csrf]", "value").saveAs("csrf")))
				.pause(3, 6)
				.exec(s -> {
					// A slot of its own for every conference of this run: 15 minutes, 40 a day per room, on
					// working days from a date ahead that differs per run (RUN_DAY).
					List<String> rooms = s.getList("rooms");
					int n = SLOT.getAndIncrement();
					int perDay = 40 * rooms.size();
					LocalDate day = LocalDate.now().plusYears(1).plusDays(RUN_DAY);
					for (int d = n / perDay; d >= 0; ) {
						day = day.plusDays(1);
						if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
							d--;
						}
					}
					int inDay = n % perDay;
					int quarter = inDay / rooms.size();
					Duration start = Duration.ofHours(8).plusMinutes(15L * quarter);
					return s.set("date", day.toString()).set("roomId", rooms.get(inDay % rooms.size()))
						.set("startTime", String.format("%02d:%02d", start.toHours(), start.toMinutesPart()))
						.set("endTime", String.format("%02d:%02d", start.plusMinutes(15).toHours(), start.plusMinutes(15).toMinutesPart()));
				})
				.exec(http("plan conference").post("/agenda").disableFollowRedirect()
					.formParam("_csrf", "#{csrf}").formParam("date", "#{date}").formParam("startTime", "#{startTime}")
					.formParam("endTime", "#{endTime}").formParam("roomId", "#{roomId}").formParam("chairId", "#{chairId}")
					.formParam("minuteTakerId", "#{minuteTakerId}")
					.check(status().is(302), headerRegex("Location", "/agenda/([0-9a-f-]{36})$").saveAs("conferenceId")))
				.exec(page("conference page", "/agenda/#{conferenceId}")).pause(2, 4)
				.exec(http("add conference subject").post("/agenda/#{conferenceId}/punten").disableFollowRedirect()
					.formParam("_csrf", "#{csrf}").formParam("subject", "Casusoverleg wijkaanpak (synthetisch)")
					.check(status().is(302)))
				.pause(10, 20));

	final ScenarioBuilder trivial = scenario("capacity: trivial endpoint")
		.during(CAPACITY).on(
			exec(http("capacity: trivial endpoint").get("/actuator/health/liveness").header("Accept", "application/json").check(status().is(200)))
				.exec(TRIVIAL::tick));

	final ScenarioBuilder dossiers = scenario("capacity: dossier reads")
		.exec(s -> {
			String[] row = MANAGERS.get(CAPACITY_ACCOUNT.getAndIncrement() % MANAGERS.size());
			return s.set("username", row[0]).set("trajectories", row[1]);
		})
		.exec(login("capacity"))
		.exec(s -> s.set("phaseStart", System.currentTimeMillis()))
		.during(CAPACITY).on(
			exec(s -> s.set("trajectoryId", pick(s, "trajectories")))
				.exec(http("capacity: dossier (audited)").get("/trajecten/#{trajectoryId}")
					.check(status().is(200), currentLocationRegex("/login").notExists()))
				.exec(DOSSIERS::tick));

	final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("nl").userAgentHeader("vh-load-benchmark").shareConnections();

	{
		int managerUsers = USERS * 3 / 4;
		int partnerUsers = USERS / 10;
		int secretariatUsers = USERS - managerUsers - partnerUsers;
		setUp(
			managers.injectOpen(rampUsers(managerUsers).during(RAMP))
				.andThen(trivial.injectClosed(constantConcurrentUsers(CAPACITY_USERS).during(CAPACITY + 5))
					.andThen(dossiers.injectClosed(constantConcurrentUsers(CAPACITY_USERS).during(CAPACITY + 10)))),
			partners.injectOpen(rampUsers(partnerUsers).during(RAMP)),
			secretariat.injectOpen(rampUsers(secretariatUsers).during(RAMP)))
			.protocols(protocol);
	}

	@Override
	public void after() {
		System.out.printf("%nCAPACITY (no think time, %d concurrent users, same run): trivial endpoint %.1f req/s; "
				+ "dossier reads with auditing %.1f req/s = %.1f%% of the trivial endpoint%n", CAPACITY_USERS,
				TRIVIAL.perSecond(), DOSSIERS.perSecond(), 100 * DOSSIERS.perSecond() / Math.max(TRIVIAL.perSecond(), 1e-9));
	}
}
