package nl.veiligheidshuis.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * Imports the police offender list (antecedents): a CSV file (UTF-8, {@code ;} or {@code ,} detected from
 * the header), streamed row by row into a temporary staging table with PostgreSQL {@code COPY}, then
 * moved into {@code intake_antecedent} in one statement. Idempotent by {@code registration_id}: rows
 * already known are counted as duplicates and not written again. Atomic by default: one invalid row and
 * nothing is written, and the report lists every invalid row; with {@code skipInvalid} the valid rows
 * are imported and the rejected ones reported. Everything happens in one transaction, so a crash halfway
 * leaves nothing behind and a rerun does the whole import. Memory stays flat: rows are never collected.
 */
@Service
public class PoliceAntecedentImport {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PoliceAntecedentImport.class);

	/** The columns of the file, in their usual order (the header decides the actual order). */
	public static final List<String> COLUMNS = List.of("registration_id", "bsn", "surname_prefix", "surname", "given_names",
			"date_of_birth", "gender", "street", "house_number", "postal_code", "city", "registration_date",
			"offence_code", "offence_category");

	/** Reports stop listing rows after this many; the count stays exact. */
	static final int MAX_REPORTED = 10_000;
	private static final int COPY_BUFFER = 256 * 1024;

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final Clock clock;
	private final MessageSource messages;

	PoliceAntecedentImport(DataSource dataSource, JdbcClient jdbc, AuditLog auditLog, Clock clock, MessageSource messages) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.messages = messages;
	}

	/** Thrown when the import is refused as a whole; the transaction rolls back and nothing is written. */
	public static class ImportRefused extends RuntimeException {

		private final transient ImportReport report;

		ImportRefused(ImportReport report) {
			super("Import refused: " + report.rejected().size() + " invalid rows");
			this.report = report;
		}

		public ImportReport report() {
			return report;
		}
	}

	@Transactional
	public ImportReport importCsv(InputStream csv, boolean skipInvalid, @Nullable UUID importedBy) {
		long started = System.nanoTime();
		MessageDigest sha256 = sha256();
		UUID importId = UUID.randomUUID();
		jdbc.sql("""
				CREATE TEMP TABLE intake_staging (line BIGINT, registration_id TEXT, bsn TEXT, surname_prefix TEXT,
				  surname TEXT, given_names TEXT, date_of_birth DATE, gender TEXT, street TEXT, house_number TEXT,
				  postal_code TEXT, city TEXT, registration_date DATE, offence_code TEXT, offence_category TEXT)
				ON COMMIT DROP""").update();
		List<ImportReport.RejectedRow> rejected = new ArrayList<>();
		int rejectedCount = 0;
		int read = 0;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new DigestInputStream(csv, sha256), StandardCharsets.UTF_8))) {
			reader.mark(64 * 1024);
			String header = reader.readLine();
			if (header == null) {
				throw refused(List.of(new ImportReport.RejectedRow(1, text("import.empty"))));
			}
			reader.reset();
			char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
				.setTrim(true).setIgnoreEmptyLines(true).get();
			CopyIn copy = copyIn();
			StringBuilder buffer = new StringBuilder(COPY_BUFFER + 4096);
			try (AutoCloseable cancelUnlessEnded = () -> cancelIfActive(copy); CSVParser parser = format.parse(reader)) {
				List<String> missing = COLUMNS.stream()
					.filter(column -> !parser.getHeaderMap().containsKey(column))
					.toList();
				if (!missing.isEmpty()) {
					throw refused(List.of(new ImportReport.RejectedRow(1,
							text("import.missingColumns", String.join(", ", missing)))));
				}
				for (CSVRecord record : parser) {
					read++;
					long line = record.getParser().getCurrentLineNumber();
					String reason = invalidReason(record);
					if (reason != null) {
						rejectedCount++;
						if (rejected.size() < MAX_REPORTED) {
							rejected.add(new ImportReport.RejectedRow(line, reason));
						}
						continue;
					}
					if (rejectedCount > 0 && !skipInvalid) {
						continue; // nothing will be written: only look for more invalid rows
					}
					appendCopyRow(buffer, line, record);
					if (buffer.length() >= COPY_BUFFER) {
						write(copy, buffer);
					}
				}
				write(copy, buffer);
				copy.endCopy();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into the staging table failed", e);
		}
		catch (ImportRefused | UncheckedIOException e) {
			throw e;
		}
		catch (Exception e) {
			throw new IllegalStateException("The import failed", e);
		}
		if (rejectedCount > 0 && !skipInvalid) {
			throw refused(rejected);
		}
		long staged = System.nanoTime();
		// One import at a time: the anti-join below then sees every row committed before it, and plain
		// inserts are much cheaper than ON CONFLICT's speculative ones.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('intake.police-antecedents'))").query(Object.class).single();
		jdbc.sql("""
				INSERT INTO intake_import (id, kind, file_sha256, imported_by, imported_at, rows_read, rows_inserted,
				  rows_duplicate, rows_rejected) VALUES (:id, 'police-antecedents', :sha, :by, :now, :read, 0, 0, :rejected)""")
			.param("id", importId)
			.param("sha", HexFormat.of().formatHex(sha256.digest()))
			.param("by", importedBy)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("read", read)
			.param("rejected", rejectedCount)
			.update();
		int inserted = jdbc.sql("""
				INSERT INTO intake_antecedent (registration_id, import_id, bsn, surname_prefix, surname, given_names,
				  date_of_birth, gender, street, house_number, postal_code, city, registration_date, offence_code,
				  offence_category)
				SELECT registration_id, :id, bsn, surname_prefix, surname, given_names, date_of_birth, gender, street,
				  house_number, postal_code, city, registration_date, offence_code, offence_category
				FROM (SELECT DISTINCT ON (registration_id) * FROM intake_staging s
				      WHERE NOT EXISTS (SELECT 1 FROM intake_antecedent a WHERE a.registration_id = s.registration_id)
				      ORDER BY registration_id, line) fresh""")
			.param("id", importId)
			.update();
		int valid = read - rejectedCount;
		log.info("Import van antecedenten: {} regels gelezen en klaargezet in {} ms, {} nieuw verplaatst in {} ms", read,
				(staged - started) / 1_000_000, inserted, (System.nanoTime() - staged) / 1_000_000);
		jdbc.sql("UPDATE intake_import SET rows_inserted = :inserted, rows_duplicate = :duplicate WHERE id = :id")
			.param("inserted", inserted)
			.param("duplicate", valid - inserted)
			.param("id", importId)
			.update();
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "police-antecedent-import",
				importId));
		return new ImportReport(importId, read, inserted, valid - inserted, rejected);
	}

	private ImportRefused refused(List<ImportReport.RejectedRow> rows) {
		return new ImportRefused(new ImportReport(null, 0, 0, 0, rows));
	}

	/** One import as the import page lists it, with the progress of resolving its rows to persons. */
	public record ImportSummary(UUID id, java.time.OffsetDateTime importedAt, int rowsRead, int rowsInserted,
			int rowsDuplicate, int rowsRejected, long unresolved) {
	}

	/** The latest imports, newest first. */
	@Transactional(readOnly = true)
	public List<ImportSummary> recentImports(int count) {
		return jdbc.sql("""
				SELECT i.id, i.imported_at, i.rows_read, i.rows_inserted, i.rows_duplicate, i.rows_rejected,
				       (SELECT count(*) FROM intake_antecedent a WHERE a.import_id = i.id AND a.person_id IS NULL) AS unresolved
				FROM intake_import i ORDER BY i.imported_at DESC LIMIT :count""")
			.param("count", count)
			.query(ImportSummary.class)
			.list();
	}

	/** The Dutch reason a row is refused, or null when it is valid. */
	@Nullable
	String invalidReason(CSVRecord record) {
		if (!record.isConsistent()) {
			return text("import.fieldCount", record.size(), COLUMNS.size());
		}
		List<String> problems = new ArrayList<>(2);
		String id = record.get("registration_id");
		if (id.isEmpty() || id.length() > 100) {
			problems.add(text("import.reason.registrationId"));
		}
		if (record.get("surname").isEmpty()) {
			problems.add(text("import.reason.surname"));
		}
		String bsn = record.get("bsn");
		if (!bsn.isEmpty() && !digits(bsn, 8, 9)) {
			problems.add(text("import.reason.bsn"));
		}
		LocalDate birth = date(record.get("date_of_birth"));
		if (birth == null) {
			problems.add(text("import.reason.dateOfBirth"));
		}
		LocalDate registered = date(record.get("registration_date"));
		if (registered == null) {
			problems.add(text("import.reason.registrationDate"));
		}
		else if (registered.isAfter(LocalDate.now(clock))) {
			problems.add(text("import.reason.future"));
		}
		else if (birth != null && registered.isBefore(birth)) {
			problems.add(text("import.reason.beforeBirth"));
		}
		String gender = record.get("gender");
		if (!gender.isEmpty() && !(gender.equals("M") || gender.equals("V") || gender.equals("X"))) {
			problems.add(text("import.reason.gender"));
		}
		if (!OffenceCategory.isCode(record.get("offence_category"))) {
			problems.add(text("import.reason.category"));
		}
		return problems.isEmpty() ? null : String.join("; ", problems) + ".";
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag("nl"));
	}

	private static boolean digits(String value, int min, int max) {
		if (value.length() < min || value.length() > max) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** YYYY-MM-DD without the cost of a DateTimeFormatter for each of millions of rows. */
	static @Nullable LocalDate date(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = number(value, 0, 4);
		int month = number(value, 5, 7);
		int day = number(value, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}

	private static int number(String value, int from, int to) {
		int result = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	/** One CSV row for COPY: every value quoted, an empty value unquoted so that it becomes NULL. */
	private static void appendCopyRow(StringBuilder buffer, long line, CSVRecord record) {
		buffer.append(line);
		for (String column : COLUMNS) {
			buffer.append(',');
			String value = record.get(column);
			if (column.equals("offence_category")) {
				value = value.toUpperCase(Locale.ROOT);
			}
			if (!value.isEmpty()) {
				buffer.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
		}
		buffer.append('\n');
	}

	private CopyIn copyIn() throws SQLException {
		// The transaction's own connection, so that COPY, the move and the import record commit together.
		Connection connection = DataSourceUtils.getConnection(dataSource);
		return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
				COPY intake_staging (line, registration_id, bsn, surname_prefix, surname, given_names, date_of_birth,
				  gender, street, house_number, postal_code, city, registration_date, offence_code, offence_category)
				FROM STDIN WITH (FORMAT csv)""");
	}

	/** A COPY left open (an error halfway) would keep the connection busy: cancel it. */
	private static void cancelIfActive(CopyIn copy) throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
