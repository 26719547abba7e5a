package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * Imports the police offender list (antecedents): a CSV file (UTF-8, {@code ;} or {@code ,} detected from
 * the header), read from bytes and checked row by row, the valid rows sent with a binary {@code COPY} into
 * a fresh table of this import, which then gets its indexes in one build each and is attached as a
 * partition of {@code intake_antecedent} (docs/architecture.md, Intake). Idempotent by
 * {@code registration_id}: rows already known, and later lines repeating an id of the same file, are
 * counted as duplicates and not written. Atomic by default: one invalid row and nothing is written, and
 * the report lists every invalid row; with {@code skipInvalid} the valid rows are imported and the rejected
 * ones reported and kept for download. Everything happens in one transaction, so a crash halfway leaves
 * nothing behind and a rerun does the whole import. Memory stays flat: rows are never collected.
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
			super("Import refused: " + report.rowsRejected() + " invalid rows");
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
		// A fresh table of this import's own, created in this transaction: COPY may then write its rows
		// frozen, and a rollback (an invalid file, an error, a killed process) removes it with everything else.
		String partition = jdbc.sql("SELECT intake_antecedent_new_partition(:id)").param("id", importId)
			.query(String.class)
			.single();
		try (RejectedRowFile rejectedRows = new RejectedRowFile(importId, skipInvalid)) {
			Staged staged = stage(new DigestInputStream(csv, sha256), partition, skipInvalid, rejectedRows);
			if (staged.rejectedCount() > 0 && !skipInvalid) {
				throw refused(staged.rejectedCount(), staged.rejected());
			}
			long stagedAt = System.nanoTime();
			Completion completion = jdbc.sql("""
					SELECT inserted, duplicate_in_file, already_known
					FROM intake_antecedent_complete_partition(:id, :copied)""")
				.param("id", importId)
				.param("copied", staged.copied())
				.query(Completion.class)
				.single();
			int inserted = Math.toIntExact(completion.inserted());
			int valid = staged.read() - staged.rejectedCount();
			jdbc.sql("""
					INSERT INTO intake_import (id, kind, file_sha256, imported_by, imported_at, rows_read, rows_inserted,
					  rows_duplicate, rows_rejected)
					VALUES (:id, 'police-antecedents', :sha, :by, :now, :read, :inserted, :duplicate, :rejected)""")
				.param("id", importId)
				.param("sha", HexFormat.of().formatHex(sha256.digest()))
				.param("by", importedBy)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("read", staged.read())
				.param("inserted", inserted)
				.param("duplicate", valid - inserted)
				.param("rejected", staged.rejectedCount())
				.update();
			rejectedRows.store(connection());
			log.info("Import van antecedenten: {} regels gelezen, gecontroleerd en gekopieerd in {} ms; {} nieuw, {} dubbel "
					+ "in het bestand, {} al bekend; indexen en koppelen aan de tabel in {} ms", staged.read(),
					(stagedAt - started) / 1_000_000, inserted, completion.duplicateInFile(), completion.alreadyKnown(),
					(System.nanoTime() - stagedAt) / 1_000_000);
			auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH,
					"police-antecedent-import", importId));
			return new ImportReport(importId, staged.read(), inserted, valid - inserted, staged.rejectedCount(),
					staged.rejected());
		}
		catch (CsvRecords.RecordTooLong e) {
			throw refused(List.of(new ImportReport.RejectedRow(e.line, text("import.lineTooLong", CsvRecords.MAX_RECORD))));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY of the antecedents failed", e);
		}
	}

	private record Staged(int read, long copied, int rejectedCount, List<ImportReport.RejectedRow> rejected) {
	}

	private record Completion(long inserted, long duplicateInFile, long alreadyKnown) {
	}

	/**
	 * Reads, checks and COPYs the file in one pass (binary COPY: PostgreSQL parses nothing). Every invalid
	 * row is counted and, up to {@link #MAX_REPORTED}, listed; once one is found without skipInvalid, the
	 * rest is only checked.
	 */
	private Staged stage(InputStream csv, String partition, boolean skipInvalid, RejectedRowFile rejectedRows)
			throws SQLException, IOException {
		CsvRecords records = new CsvRecords(csv);
		if (!records.next()) {
			throw refused(List.of(new ImportReport.RejectedRow(1, text("import.empty"))));
		}
		List<String> header = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			header.add(records.string(i));
		}
		int[] at = new int[COLUMNS.size()];
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < COLUMNS.size(); c++) {
			at[c] = header.indexOf(COLUMNS.get(c));
			if (at[c] < 0) {
				missing.add(COLUMNS.get(c));
			}
		}
		if (!missing.isEmpty()) {
			throw refused(List.of(new ImportReport.RejectedRow(1, text("import.missingColumns", String.join(", ", missing)))));
		}
		RowChecks checks = new RowChecks(at, header.size(), LocalDate.now(clock));
		CopyIn copy = connection().unwrap(PGConnection.class).getCopyAPI().copyIn("COPY \"" + partition + "\" ("
				+ String.join(", ", COLUMNS) + ") FROM STDIN WITH (FORMAT binary, FREEZE)");
		List<ImportReport.RejectedRow> rejected = new ArrayList<>();
		int rejectedCount = 0;
		int read = 0;
		try (AutoCloseable cancelUnlessEnded = () -> cancelIfActive(copy)) {
			BinaryCopyWriter rows = new BinaryCopyWriter(copy);
			while (records.next()) {
				read++;
				String reason = checks.invalidReason(records);
				if (reason != null) {
					rejectedCount++;
					if (rejected.size() < MAX_REPORTED) {
						rejected.add(new ImportReport.RejectedRow(records.line(), reason));
					}
					rejectedRows.add(records.line(), reason, records.original());
					continue;
				}
				if (rejectedCount > 0 && !skipInvalid) {
					continue; // nothing will be written: only look for more invalid rows
				}
				checks.write(records, rows);
			}
			rows.end();
			return new Staged(read, copy.endCopy(), rejectedCount, rejected);
		}
		catch (SQLException | IOException | RuntimeException e) {
			throw e;
		}
		catch (Exception e) { // only from closing, which cancels the COPY
			throw new IllegalStateException("The import failed", e);
		}
	}

	private ImportRefused refused(List<ImportReport.RejectedRow> rows) {
		return refused(rows.size(), rows);
	}

	private ImportRefused refused(int count, List<ImportReport.RejectedRow> rows) {
		return new ImportRefused(new ImportReport(null, 0, 0, 0, count, rows));
	}

	/**
	 * Writes the rows an import left out (skipInvalid) as CSV for download: a byte order mark (spreadsheet
	 * programs then read UTF-8), a header line, then line number, reason and the original line, in file
	 * order, streamed from the database (COPY), so any number of rows. The export is audited before the
	 * first byte leaves, in its own transaction, so a download broken off halfway is on record too.
	 * False, and nothing written, when there is no such import.
	 */
	public boolean writeRejectedRows(UUID importId, OutputStream out) throws IOException {
		boolean exists = jdbc.sql("SELECT count(*) FROM intake_import WHERE id = :id AND kind = 'police-antecedents'")
			.param("id", importId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			return false;
		}
		auditLog.record(AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.PERSON_CENTRED_APPROACH, "police-antecedent-import",
				importId));
		out.write(("\uFEFF" + text("import.rejects.header") + "\n").getBytes(StandardCharsets.UTF_8));
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
					COPY (SELECT line, reason, original_line FROM intake_import_reject WHERE import_id = '%s' ORDER BY line)
					TO STDOUT WITH (FORMAT csv)""".formatted(importId), out);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Reading the rejected rows failed", e);
		}
		return true;
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
				       i.rows_inserted - i.rows_resolved AS unresolved
				FROM intake_import i ORDER BY i.imported_at DESC LIMIT :count""")
			.param("count", count)
			.query(ImportSummary.class)
			.list();
	}

	private static final int REGISTRATION_ID = 0;
	private static final int BSN = 1;
	private static final int SURNAME = 3;
	private static final int DATE_OF_BIRTH = 5;
	private static final int GENDER = 6;
	private static final int REGISTRATION_DATE = 11;
	private static final int OFFENCE_CATEGORY = 13;
	private static final byte[][] CATEGORY_CODES = Arrays.stream(OffenceCategory.values())
		.map(category -> category.name().getBytes(StandardCharsets.US_ASCII))
		.toArray(byte[][]::new);

	/** The checks of one row and its binary COPY form, on the bytes of the record (no Strings per value). */
	private final class RowChecks {

		private final int[] at;
		private final int fields;
		private final long today;
		private long birth;
		private long registered;
		private int category;

		RowChecks(int[] at, int fields, LocalDate today) {
			this.at = at;
			this.fields = fields;
			this.today = today.toEpochDay();
		}

		/** The Dutch reason a row is refused, or null when it is valid. */
		@Nullable
		String invalidReason(CsvRecords row) {
			if (row.size() != fields) {
				return text("import.fieldCount", row.size(), fields);
			}
			if (row.malformed()) {
				return text("import.reason.quotes");
			}
			if (!plainText(row)) {
				return text("import.reason.encoding");
			}
			List<String> problems = new ArrayList<>(2);
			int id = at[REGISTRATION_ID];
			if (row.length(id) == 0 || (row.length(id) > 100 && row.string(id).length() > 100)) {
				problems.add(text("import.reason.registrationId"));
			}
			if (row.length(at[SURNAME]) == 0) {
				problems.add(text("import.reason.surname"));
			}
			int bsn = at[BSN];
			if (row.length(bsn) != 0 && !digits(row, bsn, 8, 9)) {
				problems.add(text("import.reason.bsn"));
			}
			birth = epochDay(row, at[DATE_OF_BIRTH]);
			if (birth == NO_DATE) {
				problems.add(text("import.reason.dateOfBirth"));
			}
			registered = epochDay(row, at[REGISTRATION_DATE]);
			if (registered == NO_DATE) {
				problems.add(text("import.reason.registrationDate"));
			}
			else if (registered > today) {
				problems.add(text("import.reason.future"));
			}
			else if (birth != NO_DATE && registered < birth) {
				problems.add(text("import.reason.beforeBirth"));
			}
			int gender = at[GENDER];
			if (row.length(gender) > 1 || (row.length(gender) == 1 && "MVX".indexOf(row.bytes()[row.start(gender)]) < 0)) {
				problems.add(text("import.reason.gender"));
			}
			category = category(row, at[OFFENCE_CATEGORY]);
			if (category < 0) {
				problems.add(text("import.reason.category"));
			}
			return problems.isEmpty() ? null : String.join("; ", problems) + ".";
		}

		/** Writes the row last checked (valid) as one binary COPY tuple, in the order of {@link #COLUMNS}. */
		void write(CsvRecords row, BinaryCopyWriter rows) throws SQLException {
			rows.startRow(COLUMNS.size());
			for (int c = 0; c < COLUMNS.size(); c++) {
				switch (c) {
					case DATE_OF_BIRTH -> rows.date(birth);
					case REGISTRATION_DATE -> rows.date(registered);
					case OFFENCE_CATEGORY -> rows.value(CATEGORY_CODES[category], 0, CATEGORY_CODES[category].length);
					default -> {
						int field = at[c];
						rows.value(row.bytes(), row.start(field), row.length(field)); // empty becomes NULL
					}
				}
			}
		}
	}

	private static final long NO_DATE = Long.MIN_VALUE;

	/** YYYY-MM-DD as days since 1970, or {@link #NO_DATE}; without the cost of a parser for each of millions of rows. */
	static long epochDay(CsvRecords row, int field) {
		byte[] bytes = row.bytes();
		int from = row.start(field);
		if (row.length(field) != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
			return NO_DATE;
		}
		int year = number(bytes, from, from + 4);
		int month = number(bytes, from + 5, from + 7);
		int day = number(bytes, from + 8, from + 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
			return NO_DATE;
		}
		return LocalDate.of(year, month, day).toEpochDay();
	}

	private static int daysIn(int year, int month) {
		return switch (month) {
			case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	private static int number(byte[] bytes, int from, int to) {
		int result = 0;
		for (int i = from; i < to; i++) {
			int digit = bytes[i] - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			result = result * 10 + digit;
		}
		return result;
	}

	private static boolean digits(CsvRecords row, int field, int min, int max) {
		int length = row.length(field);
		return length >= min && length <= max && number(row.bytes(), row.start(field), row.end(field)) >= 0;
	}

	/** The index of the offence category (any case), or -1. */
	private static int category(CsvRecords row, int field) {
		byte[] bytes = row.bytes();
		int from = row.start(field);
		int length = row.length(field);
		for (int c = 0; c < CATEGORY_CODES.length; c++) {
			byte[] code = CATEGORY_CODES[c];
			if (code.length != length) {
				continue;
			}
			int i = 0;
			while (i < length && upper(bytes[from + i]) == code[i]) {
				i++;
			}
			if (i == length) {
				return c;
			}
		}
		return -1;
	}

	private static byte upper(byte b) {
		return b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
	}

	/** Valid UTF-8 without NUL bytes (PostgreSQL text refuses both); ASCII, the usual case, in one quick pass. */
	private static boolean plainText(CsvRecords row) {
		byte[] bytes = row.bytes();
		int from = row.start(0);
		int to = row.end(row.size() - 1);
		boolean ascii = true;
		for (int i = from; i < to; i++) {
			byte b = bytes[i];
			if (b <= 0) {
				if (b == 0) {
					return false;
				}
				ascii = false;
			}
		}
		if (ascii) {
			return true;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, from, to - from));
			return true;
		}
		catch (java.nio.charset.CharacterCodingException e) {
			return false;
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag("nl"));
	}

	/** The transaction's own connection, so that COPY, the completion and the import record commit together. */
	private Connection connection() {
		return DataSourceUtils.getConnection(dataSource);
	}

	/** A COPY left open (an error halfway) would keep the connection busy: cancel it. */
	private static void cancelIfActive(CopyIn copy) throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
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
