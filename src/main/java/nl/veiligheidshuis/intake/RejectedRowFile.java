package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * The rows an import with skipInvalid leaves out (line, reason, the line as sent), kept in a temporary
 * file readable by the application only while the file is read (the COPY of the antecedents occupies
 * the connection, and the heap must not grow with the number of rejects), then COPYed into
 * {@code intake_import_reject} in the import's transaction. The file is deleted when the import ends,
 * whatever the outcome.
 */
final class RejectedRowFile implements AutoCloseable {

	private final UUID importId;
	private final boolean kept;
	private @Nullable Path file;
	private @Nullable Writer writer;

	/** {@code kept} false: nothing is kept (an atomic import stores no rejects: it writes nothing at all). */
	RejectedRowFile(UUID importId, boolean kept) {
		this.importId = importId;
		this.kept = kept;
	}

	void add(long line, String reason, byte[] original) throws IOException {
		if (!kept) {
			return;
		}
		if (writer == null) {
			file = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
					? Files.createTempFile("vh-import-", ".csv", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile("vh-import-", ".csv");
			writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		// Invalid UTF-8 becomes U+FFFD and NUL is dropped: PostgreSQL text accepts neither.
		String text = new String(original, StandardCharsets.UTF_8).replace("\0", "");
		writer.append(importId.toString()).append(',').append(Long.toString(line)).append(',');
		quoted(writer, reason).append(',');
		quoted(writer, text).append('\n');
	}

	private static Writer quoted(Writer writer, String value) throws IOException {
		return writer.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

	/** COPYs the kept rows into the database on the given (the import's) connection. */
	void store(Connection connection) throws SQLException, IOException {
		if (writer == null || file == null) {
			return;
		}
		writer.close();
		try (Reader rows = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"COPY intake_import_reject (import_id, line, reason, original_line) FROM STDIN WITH (FORMAT csv)", rows);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (writer != null) {
				writer.close();
			}
		}
		finally {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
	}
}
