package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.partners.HouseRooms;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.privacy.PrivacyClients.Client;

/**
 * The retention job on a real database with clients made through the API, run with fixed clocks years ahead. Each
 * run is limited to the test's own persons (the database is shared with the other tests); everything else is the
 * production path: candidates from every module's participant, holds, the lock table, one transaction per person.
 */
@HouseIntegrationTest
class RetentionJobIntegrationTest {

	static final ZoneId HOUSE = ZoneId.of("Europe/Amsterdam");

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PartnerOrganisations partners;

	@Autowired
	HouseRooms rooms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob job;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	FixtureRetentionParticipant fixture;

	PrivacyClients clients;

	@BeforeEach
	void setUp() {
		clients = new PrivacyClients(port, apiTokens, accounts, partners, rooms);
	}

	@AfterEach
	void disarm() {
		fixture.disarm();
	}

	static Clock yearsAhead(int years) {
		return Clock.fixed(LocalDate.now(HOUSE).plusYears(years).atStartOfDay(HOUSE).plusHours(3).toInstant(), HOUSE);
	}

	@Test
	void a_closed_trajectory_past_retention_is_erased_on_the_next_run_and_nothing_of_the_person_remains_in_any_table() {
		Client client = clients.withClosedTrajectory("Bewaar");
		// a victim record (an incident, a support offer) and an appointment about the person: erased with the rest
		UUID person = client.personId();
		String incident = clients.send("politie.demo", "POST", "/api/v1/incidents",
				"{\"occurredOn\":\"" + LocalDate.now(HOUSE).minusDays(3) + "\",\"kind\":\"THREAT\",\"description\":\"Bedreigd"
						+ " bij de voordeur\",\"persons\":[{\"role\":\"VICTIM\",\"personId\":\"" + person + "\"}]}", 201)
			.path("id").asString();
		clients.send("politie.demo", "POST", "/api/v1/victims/" + person + "/support-offers",
				"{\"kind\":\"VICTIM_SUPPORT_REFERRAL\",\"consent\":\"GIVEN\"}", 201);
		java.time.OffsetDateTime slot = nl.veiligheidshuis.agenda.TestSlots.next();
		String appointment = clients.send("manager.demo", "POST", "/api/v1/appointments",
				"{\"kind\":\"CLIENT_CONVERSATION\",\"startsAt\":\"" + slot + "\",\"endsAt\":\"" + slot.plusHours(1)
						+ "\",\"trajectoryId\":\"" + client.trajectoryId() + "\",\"otherParticipants\":\"cliënt\"}", 201)
			.path("id").asString();
		Map<String, Long> before = occurrences(client);
		// The scan finds the person before erasure (the Dutch spelling of the birth date is not stored anywhere).
		assertThat(before.get(client.surname())).isPositive();
		assertThat(before.get(client.bsn())).isPositive();
		assertThat(before.get(client.dateOfBirth().toString())).isPositive();

		// Within retention (the trajectory closed today, kept five years): nothing happens.
		RetentionJob.Run early = job.run(yearsAhead(4), Set.of(client.personId()));
		assertThat(early.ran()).isTrue();
		assertThat(early.erased()).isEmpty();
		assertThat(occurrences(client)).isEqualTo(before);

		// The steering-group report over the period of the trajectory, before erasure (its read model is pseudonymous)
		String report = "/api/v1/reports/steering-group?from=" + LocalDate.now(HOUSE).minusMonths(1) + "&to="
				+ LocalDate.now(HOUSE).plusDays(1);
		tools.jackson.databind.JsonNode totalsBefore = withoutGeneratedAt(clients.send("manager.demo", "GET", report, null, 200));

		RetentionJob.Run run = job.run(yearsAhead(10), Set.of(client.personId()));
		assertThat(run.failure()).isNull();
		assertThat(run.erased()).containsExactly(client.personId());
		assertThat(run.recordsErased()).isGreaterThanOrEqualTo(5);

		assertThat(withoutGeneratedAt(clients.send("manager.demo", "GET", report, null, 200)))
			.as("the reports give the same totals after the erasure").isEqualTo(totalsBefore);
		Map<String, List<String>> remaining = scanAllTables(client);
		assertThat(jdbc.sql("SELECT count(*) FROM victims_incident_person WHERE person_id = :p").param("p", person)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM agenda_appointment WHERE id = :a").param("a", UUID.fromString(appointment))
			.query(Integer.class).single()).isZero();
		assertThat(remaining).as("columns still holding the erased person's identifiers").isEmpty();
		assertThat(clients.raw("manager.demo", "GET", "/api/v1/trajectories/" + client.trajectoryId(), null, null)
			.statusCode()).isEqualTo(404);

		// The erasure is in the audit log with counts and ids, no content; the chain still verifies.
		String summary = jdbc.sql("""
				SELECT object_id FROM privacy_audit_record WHERE object_type = 'erasure' AND person_id = :person""")
			.param("person", client.personId())
			.query(String.class)
			.single();
		assertThat(summary).contains("trajectory=1:" + client.trajectoryId())
			// the conference item and the appointment (both kept as case-conference-item)
			.contains("case-conference-item=2:").contains(client.itemId().toString()).contains(appointment)
			.contains("referral=1:" + client.referralId())
			.contains("victim-record=2:").contains(incident)
			.doesNotContain(client.surname());
		assertThat(jdbc.sql("""
				SELECT processing_activity FROM privacy_audit_record WHERE object_type = 'erasure' AND person_id = :person""")
			.param("person", client.personId()).query(String.class).single()).isEqualTo("privacy-rights");
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	@Test
	void a_person_under_a_legal_hold_is_kept_and_erased_after_the_hold_is_lifted() {
		Client held = clients.referred("Bewaarplicht");
		JsonBody hold = new JsonBody(clients.send("secretariaat.demo", "POST", "/api/v1/legal-holds", """
				{"personId":"%s","reason":"Lopende strafzaak, gegevens nodig voor de rechtbank"}""".formatted(held.personId()),
				201).path("id").asString());

		RetentionJob.Run run = job.run(yearsAhead(10), Set.of(held.personId()));
		assertThat(run.erased()).isEmpty();
		assertThat(run.personsHeld()).isEqualTo(1);
		assertThat(personRows(held.personId())).isPositive();

		clients.send("secretariaat.demo", "POST", "/api/v1/legal-holds/" + hold.value() + "/lifting", null, 204);
		assertThat(job.run(yearsAhead(10), Set.of(held.personId())).erased()).containsExactly(held.personId());
		assertThat(personRows(held.personId())).isZero();
	}

	record JsonBody(String value) {
	}

	@Test
	void a_legal_hold_needs_a_known_person_and_a_reason_and_only_the_secretariat_or_manager_places_one() {
		var refused = clients.raw("secretariaat.demo", "POST", "/api/v1/legal-holds",
				"{\"personId\":\"" + UUID.randomUUID() + "\",\"reason\":\"kort\"}", null);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("personId").contains("reason");
		Client client = clients.referred("Houder");
		assertThat(clients.raw("politie.demo", "POST", "/api/v1/legal-holds", """
				{"personId":"%s","reason":"Lopende strafzaak bij de rechtbank"}""".formatted(client.personId()), null)
			.statusCode()).isEqualTo(403);
	}

	@Test
	void of_two_runs_at_once_only_one_erases_the_other_finds_the_job_taken() throws Exception {
		List<Client> made = List.of(clients.referred("Eenmaal"), clients.referred("Eenmaal"), clients.referred("Eenmaal"));
		Set<UUID> persons = Set.copyOf(made.stream().map(Client::personId).toList());
		assertThat(persons).hasSize(3);
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch proceed = new CountDownLatch(1);
		fixture.holdUp(entered, proceed);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<RetentionJob.Run> first = nodes.submit(() -> job.run(yearsAhead(10), persons));
			assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
			// The first node is inside a run, in the middle of erasing: the second starts now.
			Future<RetentionJob.Run> second = nodes.submit(() -> job.run(yearsAhead(10), persons));
			RetentionJob.Run secondRun = second.get(60, TimeUnit.SECONDS);
			proceed.countDown();
			RetentionJob.Run firstRun = first.get(60, TimeUnit.SECONDS);

			assertThat(secondRun.ran()).isFalse();
			assertThat(firstRun.ran()).isTrue();
			assertThat(firstRun.erased()).containsExactlyInAnyOrderElementsOf(persons);
		}
		finally {
			proceed.countDown();
			nodes.shutdownNow();
		}
		for (UUID person : persons) {
			assertThat(jdbc.sql("SELECT count(*) FROM privacy_audit_record WHERE object_type = 'erasure' AND person_id = :p")
				.param("p", person).query(Long.class).single()).as("erasure records of " + person).isEqualTo(1);
		}
		// The lease is released: the next run takes the job again.
		assertThat(job.run(yearsAhead(10), persons).ran()).isTrue();
	}

	@Test
	void a_run_that_crashes_halfway_leaves_every_person_whole_or_gone_and_the_next_run_completes() {
		List<Client> made = new ArrayList<>();
		for (int k = 0; k < 5; k++) {
			made.add(clients.referred("Onderbroken"));
		}
		Set<UUID> persons = Set.copyOf(made.stream().map(Client::personId).toList());
		assertThat(persons).hasSize(5);
		fixture.failAfter(2);

		RetentionJob.Run crashed = job.run(yearsAhead(10), persons);
		assertThat(crashed.failure()).as(crashed.toString()).contains("Crash injected");
		assertThat(crashed.erased()).hasSize(2);
		for (Client client : made) {
			boolean erased = crashed.erased().contains(client.personId());
			assertThat(personRows(client.personId())).as(client.surname()).isEqualTo(erased ? 0 : 1);
			// whole: at least their own referral and its source record (identity resolution may have linked another
			// test person's records to them); gone: nothing
			if (erased) {
				assertThat(referralRows(client.personId()) + sourceRecordRows(client.personId())).as(client.surname())
					.isZero();
			}
			else {
				assertThat(referralRows(client.personId())).as(client.surname()).isPositive();
				assertThat(sourceRecordRows(client.personId())).as(client.surname()).isPositive();
			}
		}
		assertThat(jdbc.sql("SELECT failure FROM privacy_retention_run WHERE id = :id").param("id", crashed.id())
			.query(String.class).single()).contains("Crash injected");

		fixture.disarm();
		RetentionJob.Run next = job.run(yearsAhead(10), persons);
		assertThat(next.failure()).isNull();
		assertThat(next.erased()).hasSize(3).doesNotContainAnyElementsOf(crashed.erased());
		for (Client client : made) {
			assertThat(personRows(client.personId()) + referralRows(client.personId()) + sourceRecordRows(client.personId()))
				.as(client.surname()).isZero();
		}
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	private long personRows(UUID person) {
		return jdbc.sql("SELECT count(*) FROM persons_person WHERE id = :p").param("p", person).query(Long.class).single();
	}

	private long referralRows(UUID person) {
		return jdbc.sql("SELECT count(*) FROM intake_referral WHERE person_id = :p").param("p", person).query(Long.class)
			.single();
	}

	private long sourceRecordRows(UUID person) {
		return jdbc.sql("SELECT count(*) FROM persons_source_record WHERE person_id = :p").param("p", person)
			.query(Long.class).single();
	}

	/** The identifiers of the client: surname, BSN, date of birth (ISO as stored, and as Dutch text). */
	private static List<String> needles(Client client) {
		return List.of(client.surname(), client.bsn(), client.dateOfBirth().toString(),
				client.dateOfBirth().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
	}

	private Map<String, Long> occurrences(Client client) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String needle : needles(client)) {
			counts.put(needle, 0L);
		}
		scan(client).forEach((column, found) -> found.forEach(needle -> counts.merge(needle, 1L, Long::sum)));
		return counts;
	}

	private Map<String, List<String>> scanAllTables(Client client) {
		return scan(client);
	}

	/**
	 * Every text, character, array, json and date column of every table in the schema, searched for each needle;
	 * returns the columns (table.column) where one was found, and which. The date of birth is only searched in
	 * rows that also hold another identifier or in date columns of person tables, since other people share birthdays.
	 */
	private Map<String, List<String>> scan(Client client) {
		record Column(String table, String column, String type) {
		}
		List<Column> columns = jdbc.sql("""
				SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
				  AND c.data_type IN ('text', 'character varying', 'character', 'ARRAY', 'json', 'jsonb', 'date')""")
			.query((rows, number) -> new Column(rows.getString(1), rows.getString(2), rows.getString(3)))
			.list();
		assertThat(columns).hasSizeGreaterThan(100);
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (Column column : columns) {
			for (String needle : needles(client)) {
				String sql;
				if (column.type().equals("date")) {
					// A date column matches the ISO date only in a row that belongs to the person (by id) or
					// also names them: birthdays are shared.
					sql = "SELECT count(*) FROM \"%s\" x WHERE \"%s\"::text = :needle AND (row_to_json(x)::text LIKE :person OR row_to_json(x)::text LIKE :surname)"
						.formatted(column.table(), column.column());
				}
				else {
					sql = "SELECT count(*) FROM \"%s\" WHERE \"%s\"::text LIKE :contains".formatted(column.table(),
							column.column());
				}
				long count = jdbc.sql(sql)
					.param("needle", needle)
					.param("contains", "%" + needle + "%")
					.param("person", "%" + client.personId() + "%")
					.param("surname", "%" + client.surname() + "%")
					.query(Long.class)
					.single();
				if (count > 0) {
					found.computeIfAbsent(column.table() + "." + column.column(), key -> new ArrayList<>()).add(needle);
				}
			}
		}
		return found;
	}

	private static tools.jackson.databind.JsonNode withoutGeneratedAt(tools.jackson.databind.JsonNode report) {
		((tools.jackson.databind.node.ObjectNode) report).remove("generatedAt");
		return report;
	}
}
