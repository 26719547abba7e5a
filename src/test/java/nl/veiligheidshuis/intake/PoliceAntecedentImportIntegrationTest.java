package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.privacy.RetentionParticipant;
import nl.veiligheidshuis.privacy.RetentionPeriods;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The police antecedent import: atomic, every bad row reported, idempotent, streamed through COPY. */
@HouseIntegrationTest
class PoliceAntecedentImportIntegrationTest {

	private static final String HEADER = String.join(",", PoliceAntecedentImport.COLUMNS);
	private static final Set<Long> BAD_LINES = Set.of(102L, 5_003L, 9_999L);

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PoliceAntecedentImport importer;

	@Autowired
	IntakePrivacy privacy;

	private final JsonMapper json = JsonMapper.builder().build();
	private HttpTestClient http;
	private String secretariat;
	private String prefix;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		secretariat = DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo");
		prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
	}

	@Test
	void a_file_with_three_bad_rows_among_ten_thousand_writes_nothing_and_reports_all_three() {
		HttpResponse<String> response = upload(file(10_000, ','), false, secretariat);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode invalid = json.readTree(response.body()).path("invalidRows");
		List<Long> lines = new ArrayList<>();
		invalid.forEach(row -> lines.add(row.path("line").asLong()));
		assertThat(lines).containsExactlyInAnyOrderElementsOf(BAD_LINES);
		assertThat(invalid.get(0).path("reason").asString()).isNotBlank();
		assertThat(stored()).isZero();
	}

	@Test
	void with_skip_invalid_the_valid_rows_are_imported_and_a_second_import_adds_nothing() {
		String file = file(10_000, ';');

		JsonNode first = json.readTree(upload(file, true, secretariat).body());
		assertThat(first.path("rowsRead").asInt()).isEqualTo(10_000);
		assertThat(first.path("rowsInserted").asInt()).isEqualTo(9_997);
		assertThat(first.path("rowsRejected").asInt()).isEqualTo(3);
		assertThat(stored()).isEqualTo(9_997);

		HttpResponse<String> again = upload(file, true, secretariat);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(json.readTree(again.body()).path("rowsInserted").asInt()).isZero();
		assertThat(json.readTree(again.body()).path("rowsDuplicate").asInt()).isEqualTo(9_997);
		assertThat(stored()).isEqualTo(9_997);
	}

	@Test
	void a_valid_file_is_imported_whole_with_its_values() {
		String file = HEADER + "\n" + prefix + "1,123456782,van der,Berg,Jan Pieter,1990-02-03,M,Akerstraat,12a,6411 AB,Heerlen,2025-05-01,311,domestic_violence\n";

		HttpResponse<String> response = upload(file, false, secretariat);

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT surname_prefix || '|' || surname || '|' || offence_category FROM intake_antecedent WHERE registration_id = :id")
			.param("id", prefix + "1").query(String.class).single()).isEqualTo("van der|Berg|DOMESTIC_VIOLENCE");
	}

	@Test
	void an_import_broken_off_halfway_leaves_nothing_and_the_rerun_completes_it() {
		byte[] file = file(10_000, ',').getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.io.InputStream brokenOff = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(file)) {
			private int sent;

			@Override
			public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
				if (sent > file.length / 2) {
					throw new java.io.IOException("connection lost");
				}
				int read = super.read(buffer, offset, Math.min(length, 8192));
				sent += Math.max(read, 0);
				return read;
			}
		};

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importCsv(brokenOff, true, null))
			.isInstanceOf(java.io.UncheckedIOException.class);
		assertThat(stored()).isZero();

		assertThat(importer.importCsv(new java.io.ByteArrayInputStream(file), true, null).rowsInserted()).isEqualTo(9_997);
		assertThat(stored()).isEqualTo(9_997);
	}

	/**
	 * A crash of the process that writes: the PostgreSQL backend doing the COPY is killed halfway (as by an
	 * out-of-memory killer or a node failure). Nothing of the import remains — no rows, no table, no import
	 * record — and importing the file again stores every row once.
	 */
	@Test
	void an_import_whose_database_process_is_killed_halfway_leaves_nothing_and_the_rerun_completes_it()
			throws Exception {
		byte[] file = file(10_000, ',').getBytes(java.nio.charset.StandardCharsets.UTF_8);
		java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch killed = new java.util.concurrent.CountDownLatch(1);
		java.io.InputStream pausing = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(file)) {
			private int sent;

			@Override
			public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
				if (sent > file.length / 2 && halfway.getCount() > 0) {
					halfway.countDown();
					try {
						killed.await(30, java.util.concurrent.TimeUnit.SECONDS);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
				int read = super.read(buffer, offset, Math.min(length, 8192));
				sent += Math.max(read, 0);
				return read;
			}
		};
		long importsBefore = jdbc.sql("SELECT count(*) FROM intake_import").query(Long.class).single();
		java.util.concurrent.CompletableFuture<ImportReport> running = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> importer.importCsv(pausing, true, null));
		assertThat(halfway.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		List<Integer> copying = jdbc.sql("""
				SELECT pid FROM pg_stat_activity
				WHERE pid <> pg_backend_pid() AND query ILIKE 'COPY%' AND state <> 'idle'""").query(Integer.class).list();
		assertThat(copying).as("the backend that runs the import's COPY").hasSize(1);
		jdbc.sql("SELECT pg_terminate_backend(:pid)").param("pid", copying.getFirst()).query(Boolean.class).single();
		killed.countDown();
		org.assertj.core.api.Assertions.assertThatThrownBy(running::join).isNotNull();

		assertThat(stored()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM intake_import").query(Long.class).single()).isEqualTo(importsBefore);
		assertThat(importer.importCsv(new java.io.ByteArrayInputStream(file), true, null).rowsInserted()).isEqualTo(9_997);
		assertThat(stored()).isEqualTo(9_997);
	}

	@Test
	void a_missing_column_refuses_the_whole_file() {
		HttpResponse<String> response = upload("registration_id,surname\n" + prefix + "1,Berg\n", false, secretariat);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("invalidRows").get(0).path("reason").asString())
			.startsWith("Kolommen ontbreken in de kopregel:").contains("date_of_birth");
	}

	@Test
	void a_quote_never_closed_refuses_the_file_at_the_line_where_it_opened() {
		String file = HEADER + "\n" + row(prefix + "1", "Goed") + prefix + "2,,,\"Open" + "x".repeat(CsvRecords.MAX_RECORD) + "\n";

		HttpResponse<String> response = upload(file, true, secretariat);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode invalid = json.readTree(response.body()).path("invalidRows");
		assertThat(invalid.get(0).path("line").asLong()).isEqualTo(3);
		assertThat(invalid.get(0).path("reason").asString()).startsWith("Deze regel is langer dan 1048576 bytes");
		assertThat(stored()).isZero();
	}

	@Test
	void only_the_secretariat_and_the_house_manager_may_import() {
		String file = HEADER + "\n";
		assertThat(upload(file, false, DemoApiTokens.bearer(apiTokens, accounts, "im.demo")).statusCode()).isEqualTo(403);
		assertThat(upload(file, false, DemoApiTokens.bearer(apiTokens, accounts, "politie.demo")).statusCode()).isEqualTo(403);
		assertThat(upload(file, false, DemoApiTokens.bearer(apiTokens, accounts, "manager.demo")).statusCode()).isEqualTo(201);
	}

	@Test
	void the_rows_left_out_are_downloaded_as_csv_by_whoever_may_import_and_every_download_is_audited() throws Exception {
		String importId = json.readTree(upload(file(10_000, ','), true, secretariat).body()).path("importId").asString();

		HttpResponse<String> download = rejects(importId, secretariat);

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(download.body())).getRecords();
		assertThat(rows.getFirst().values()).containsExactly("\uFEFFregel", "reden", "oorspronkelijke regel");
		assertThat(rows.subList(1, rows.size())).extracting(row -> Long.parseLong(row.get(0)))
			.containsExactlyElementsOf(BAD_LINES.stream().sorted().toList());
		assertThat(rows.get(1).get(1)).isEqualTo("date_of_birth is geen datum (JJJJ-MM-DD).");
		assertThat(rows.get(1).get(2)).isEqualTo(String.join(",", prefix + "101", "", "", "Jansen101", "Piet", "1990-13-45",
				"M", "Dorpsstraat", "101", "6411 AB", "Heerlen", "2025-03-01", "100", "property"));
		assertThat(jdbc.sql("""
				SELECT count(*) FROM privacy_audit_record
				WHERE action = 'EXPORT' AND object_type = 'police-antecedent-import' AND object_id = :id AND actor_name = 'secretariaat.demo'""")
			.param("id", importId).query(Long.class).single()).isEqualTo(1);

		assertThat(rejects(importId, DemoApiTokens.bearer(apiTokens, accounts, "im.demo")).statusCode()).isEqualTo(403);
		assertThat(rejects(UUID.randomUUID().toString(), secretariat).statusCode()).isEqualTo(404);
	}

	@Test
	void antecedents_past_their_period_are_erased_and_counted_per_import_not_listed_one_by_one() {
		String old = HEADER + "\n" + row(prefix + "1", "Oud").replace("2025-03-01", "1970-03-01").replace("1990-", "1950-")
				+ row(prefix + "2", "Oud").replace("2025-03-01", "1970-12-31").replace("1990-", "1950-")
				+ row(prefix + "3", "Recent");
		JsonNode imported = json.readTree(upload(old, false, secretariat).body());
		String importId = imported.path("importId").asString();
		assertThat(stored()).isEqualTo(3);

		// Police antecedents are kept five years from their registration: on 1 January 1976 the cut-off is 1971-01-01.
		List<RetentionParticipant.Erased> erased = privacy.eraseExpiredRecords(LocalDate.of(1976, 1, 1));

		assertThat(stored()).isEqualTo(1);
		RetentionParticipant.Erased antecedents = erased.stream()
			.filter(e -> e.recordType().equals(RetentionPeriods.POLICE_ANTECEDENT)).findFirst().orElseThrow();
		assertThat(antecedents.ids()).contains("import " + importId + " geregistreerd voor 1971-01-01: 2");
		assertThat(antecedents.count()).isGreaterThanOrEqualTo(2);
		assertThat(String.join(",", antecedents.ids())).doesNotContain(prefix);
	}

	@Test
	void a_registration_twice_in_one_file_is_stored_once_from_its_first_line_and_a_later_file_adds_only_what_is_new() {
		String first = HEADER + "\n" + row(prefix + "1", "Eerste") + row(prefix + "2", "Twee") + row(prefix + "1", "Later");

		JsonNode report = json.readTree(upload(first, false, secretariat).body());

		assertThat(report.path("rowsInserted").asInt()).isEqualTo(2);
		assertThat(report.path("rowsDuplicate").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT surname FROM intake_antecedent WHERE registration_id = :id").param("id", prefix + "1")
			.query(String.class).single()).isEqualTo("Eerste");

		JsonNode second = json.readTree(upload(HEADER + "\n" + row(prefix + "2", "Twee") + row(prefix + "3", "Drie"), false,
				secretariat).body());
		assertThat(second.path("rowsInserted").asInt()).isEqualTo(1);
		assertThat(second.path("rowsDuplicate").asInt()).isEqualTo(1);
		assertThat(stored()).isEqualTo(3);

		JsonNode third = json.readTree(upload(HEADER + "\n" + row(prefix + "3", "Drie") + row(prefix + "4", "Vier")
				+ row(prefix + "3", "Drie") + row(prefix + "4", "Vier later"), false, secretariat).body());
		assertThat(third.path("rowsInserted").asInt()).isEqualTo(1);
		assertThat(third.path("rowsDuplicate").asInt()).isEqualTo(3);
		assertThat(stored()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT surname FROM intake_antecedent WHERE registration_id = :id").param("id", prefix + "4")
			.query(String.class).single()).isEqualTo("Vier");
	}

	@Test
	void concurrent_imports_of_overlapping_files_store_every_registration_once() throws Exception {
		StringBuilder left = new StringBuilder(HEADER).append('\n');
		StringBuilder right = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 3_000; i++) {
			left.append(row(prefix + i, "Links"));
			right.append(row(prefix + (i + 2_000), "Rechts"));
		}
		List<java.util.concurrent.Callable<ImportReport>> imports = List.of(
				() -> importer.importCsv(new java.io.ByteArrayInputStream(left.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, null),
				() -> importer.importCsv(new java.io.ByteArrayInputStream(right.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, null));

		List<ImportReport> reports = new ArrayList<>();
		try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
			for (var done : threads.invokeAll(imports)) {
				reports.add(done.get());
			}
		}

		assertThat(reports.stream().mapToInt(ImportReport::rowsInserted).sum()).isEqualTo(5_000);
		assertThat(reports.stream().mapToInt(ImportReport::rowsDuplicate).sum()).isEqualTo(1_000);
		assertThat(stored()).isEqualTo(5_000);
		assertThat(jdbc.sql("SELECT count(DISTINCT registration_id) FROM intake_antecedent WHERE registration_id LIKE :prefix")
			.param("prefix", prefix + "%").query(Long.class).single()).isEqualTo(5_000);
	}

	@Test
	void a_refused_import_leaves_no_table_behind() {
		long before = intakeTables();

		assertThat(upload(file(10_000, ','), false, secretariat).statusCode()).isEqualTo(400);

		assertThat(intakeTables()).isEqualTo(before);
	}

	private long intakeTables() {
		return jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'intake\\_antecedent\\_%' AND relkind = 'r'")
			.query(Long.class).single();
	}

	private String row(String registrationId, String surname) {
		return String.join(",", registrationId, "", "", surname, "Piet", "1990-01-01", "M", "Dorpsstraat", "1", "6411 AB",
				"Heerlen", "2025-03-01", "100", "property") + "\n";
	}

	private HttpResponse<String> rejects(String importId, String token) {
		return http.send(http.request("/api/v1/imports/police-antecedents/" + importId + "/rejects")
			.header("Authorization", token)
			.GET());
	}

	private HttpResponse<String> upload(String csv, boolean skipInvalid, String token) {
		return http.send(http.request("/api/v1/imports/police-antecedents?skipInvalid=" + skipInvalid)
			.header("Authorization", token)
			.header("Content-Type", "text/csv")
			.POST(BodyPublishers.ofString(csv)));
	}

	private long stored() {
		return jdbc.sql("SELECT count(*) FROM intake_antecedent WHERE registration_id LIKE :prefix")
			.param("prefix", prefix + "%").query(Long.class).single();
	}

	/** {@code rows} synthetic rows; the rows on {@link #BAD_LINES} (line 1 is the header) are invalid. */
	private String file(int rows, char delimiter) {
		StringBuilder csv = new StringBuilder(HEADER.replace(',', delimiter)).append('\n');
		for (int row = 1; row <= rows; row++) {
			long line = row + 1;
			String birth = BAD_LINES.contains(line) ? "1990-13-45" : "1990-01-" + String.format("%02d", row % 28 + 1);
			csv.append(String.join(String.valueOf(delimiter), prefix + row, "", row % 3 == 0 ? "van" : "", "Jansen" + row,
					"Piet", birth, "M", "Dorpsstraat", String.valueOf(row), "6411 AB", "Heerlen", "2025-03-01", "100",
					"property")).append('\n');
		}
		return csv.toString();
	}
}
