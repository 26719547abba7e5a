package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
		List<String> numerics = List.of("0", "0.00", "0.05", "1", "12.5", "123.45", "9999.99", "10000", "20000.00",
				"-1.50", "1234567890.12", "0.0001", "100000000", "-0.01");
		UUID id = UUID.randomUUID();
		try (Connection connection = dataSource.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("""
						CREATE TEMPORARY TABLE copy_check (k INT, u UUID, t TEXT, d DATE, n NUMERIC, n2 NUMERIC(12, 2),
						  f DOUBLE PRECISION[], nothing TEXT)""");
			}
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY copy_check FROM STDIN (FORMAT binary)");
			BinaryCopyWriter rows = new BinaryCopyWriter(copy);
			for (int k = 0; k < numerics.size(); k++) {
				rows.startRow(8);
				rows.int4(k);
				rows.uuid(id);
				rows.text("Zoë 's-Hertogenbosch");
				rows.date(LocalDate.of(2024, 2, 29).toEpochDay() + k);
				rows.numeric(new BigDecimal(numerics.get(k)));
				rows.numeric(new BigDecimal(numerics.get(k)).setScale(2, RoundingMode.HALF_UP));
				rows.float8Array(new double[] { k, 0.5, -3.25, 1e-9 });
				rows.text(null);
			}
			rows.end();
			copy.endCopy();
			List<String> read = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT k, u, t, d, n::text, n2::text, f::text, nothing FROM copy_check ORDER BY k")) {
				while (rs.next()) {
					int k = rs.getInt(1);
					assertThat(rs.getObject(2, UUID.class)).isEqualTo(id);
					assertThat(rs.getString(3)).isEqualTo("Zoë 's-Hertogenbosch");
					assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29).plusDays(k));
					read.add(rs.getString(5) + " " + rs.getString(6));
					assertThat(rs.getString(7)).isEqualTo("{" + k + ",0.5,-3.25,1e-09}");
					assertThat(rs.getString(8)).isNull();
				}
			}
			assertThat(read).containsExactly("0 0.00", "0.00 0.00", "0.05 0.05", "1 1.00", "12.5 12.50", "123.45 123.45",
					"9999.99 9999.99", "10000 10000.00", "20000.00 20000.00", "-1.50 -1.50", "1234567890.12 1234567890.12",
					"0.0001 0.00", "100000000 100000000.00", "-0.01 -0.01");
		}
	}
}
