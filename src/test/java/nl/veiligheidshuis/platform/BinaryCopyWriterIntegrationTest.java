package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;

import nl.veiligheidshuis.HouseIntegrationTest;

/** What the binary COPY writer sends, read back by PostgreSQL itself: every type it writes, edge values too. */
@HouseIntegrationTest
class BinaryCopyWriterIntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void postgresql_reads_back_what_was_written() throws Exception {
		double[] doubles = { 0, 0.05, 1, 12.5, 123.45, 9999.99, -1.5, 1234567890.12, 1e-9, -0.01 };
		UUID id = UUID.randomUUID();
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TEMPORARY TABLE copy_check (k INT, u UUID, t TEXT, d DATE, f DOUBLE PRECISION, b BYTEA,
						  nothing TEXT, empty TEXT)""");
			}
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY copy_check FROM STDIN (FORMAT binary)");
			BinaryCopyWriter rows = new BinaryCopyWriter(copy);
			for (int k = 0; k < doubles.length; k++) {
				rows.startRow(8);
				rows.int4(k);
				rows.uuid(id);
				rows.text("Zoë 's-Hertogenbosch");
				rows.date(LocalDate.of(2024, 2, 29).toEpochDay() + k);
				rows.float8(doubles[k]);
				rows.float8Bytes(new double[] { k, 0.5, -3.25, 1e-9 });
				rows.text(null);
				rows.utf8(new byte[0]);
			}
			rows.end();
			copy.endCopy();
			List<String> read = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("""
							SELECT k, u, t, d, f, b, length(b), nothing, empty FROM copy_check ORDER BY k""")) {
				while (rs.next()) {
					int k = rs.getInt(1);
					assertThat(rs.getObject(2, UUID.class)).isEqualTo(id);
					assertThat(rs.getString(3)).isEqualTo("Zoë 's-Hertogenbosch");
					assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29).plusDays(k));
					assertThat(rs.getDouble(5)).isEqualTo(doubles[k]);
					java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(rs.getBytes(6)); // big-endian, as float8send writes
					assertThat(new double[] { bytes.getDouble(), bytes.getDouble(), bytes.getDouble(), bytes.getDouble() })
						.containsExactly(k, 0.5, -3.25, 1e-9);
					assertThat(rs.getInt(7)).isEqualTo(32);
					read.add(rs.getString(3));
					assertThat(rs.getString(8)).isNull();
					assertThat(rs.getString(9)).as("empty text stays empty").isEmpty();
				}
			}
			assertThat(read).hasSize(doubles.length);
		}
	}
}
