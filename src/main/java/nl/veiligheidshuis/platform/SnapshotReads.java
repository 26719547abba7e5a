package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading one snapshot of the database on several connections at once, so that PostgreSQL produces the parts of
 * a large read in as many processes (a national selection run reads a million rows on a machine with more than
 * one core). The caller's transaction exports its snapshot ({@code pg_export_snapshot}); every reading connection
 * imports it ({@code SET TRANSACTION SNAPSHOT}) in a read-only repeatable-read transaction, so together they see
 * exactly what one statement at the export would have seen.
 */
public final class SnapshotReads {

	/** Handles the rows of one binary COPY. */
	@FunctionalInterface
	public interface CopyHandler {

		void read(BinaryCopyReader rows) throws IOException, SQLException;
	}

	/** Does something on a connection that sees the exported snapshot. */
	@FunctionalInterface
	public interface InSnapshot {

		void run(Connection connection) throws IOException, SQLException;
	}

	private final DataSource dataSource;
	private final String snapshot;

	private SnapshotReads(DataSource dataSource, String snapshot) {
		this.dataSource = dataSource;
		this.snapshot = snapshot;
	}

	/** Exports the snapshot of the caller's transaction (which must stay open while it is read). */
	public static SnapshotReads export(JdbcClient jdbc, DataSource dataSource) {
		String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
		if (!snapshot.matches("[0-9A-Fa-f-]+")) {
			throw new IllegalStateException("unexpected snapshot id");
		}
		return new SnapshotReads(dataSource, snapshot);
	}

	/** Runs {@code work} on a connection of its own in the snapshot, on the caller's thread. */
	public void inSnapshot(InSnapshot work) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
			try {
				// A snapshot id checked above: safe as a literal (SET takes no parameters).
				statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
				work.run(connection);
			}
			finally {
				statement.execute("ROLLBACK");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Lezen in momentopname mislukt", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Lezen in momentopname mislukt", e);
		}
	}

	/**
	 * Runs the COPY statements at once, each on a connection and a thread of its own in the snapshot, each
	 * statement's rows to the handler {@code handlers} gives for its number. Returns when all are read; the first
	 * failure is thrown.
	 */
	public void copyInParallel(List<String> copyStatements, IntFunction<CopyHandler> handlers) {
		List<Parallel.Task> reads = new ArrayList<>();
		for (int part = 0; part < copyStatements.size(); part++) {
			String sql = copyStatements.get(part);
			CopyHandler handler = handlers.apply(part);
			reads.add(() -> inSnapshot(connection -> copy(connection, sql, handler)));
		}
		Parallel.runAll("snapshot-read", "Lezen in momentopname mislukt", reads);
	}

	/** One binary COPY ({@code COPY (...) TO STDOUT (FORMAT binary)}) on the connection, its rows to the handler. */
	public static void copy(Connection connection, String sql, CopyHandler handler) throws SQLException, IOException {
		try (PGCopyInputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
			handler.read(new BinaryCopyReader(in));
		}
	}
}
