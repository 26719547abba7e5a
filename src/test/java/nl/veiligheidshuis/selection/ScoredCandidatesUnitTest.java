package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;

import nl.veiligheidshuis.platform.BinaryCopyReader;
import nl.veiligheidshuis.platform.BinaryCopyWriter;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The rows written for a run's candidates carry each candidate's own fields, in {@link ScoredCandidates#COLUMNS}
 * order, across reading parts and the chunks the encoded fields are kept in (a run of this size fills several).
 */
class ScoredCandidatesUnitTest {

	/** What PostgreSQL would receive: the COPY's bytes, kept (the real COPY is in SelectionIntegrationTest). */
	private static final class Received implements CopyIn {

		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		@Override
		public void writeToCopy(byte[] buf, int off, int siz) {
			bytes.write(buf, off, siz);
		}

		@Override
		public void writeToCopy(ByteStreamWriter from) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void flushCopy() {
		}

		@Override
		public long endCopy() {
			return 0;
		}

		@Override
		public int getFieldCount() {
			return 0;
		}

		@Override
		public int getFormat() {
			return 1;
		}

		@Override
		public int getFieldFormat(int field) {
			return 1;
		}

		@Override
		public boolean isActive() {
			return false;
		}

		@Override
		public void cancelCopy() {
		}

		@Override
		public long getHandledRowCount() {
			return 0;
		}
	}

	@Test
	void rows_follow_their_candidates_across_parts_and_chunks() throws Exception {
		int perPart = 120_000; // about 23 MB of encoded fields per part: more than one chunk each
		List<ScoredCandidates> parts = List.of(new ScoredCandidates(), new ScoredCandidates());
		double[] factors = new double[Classifier.FACTORS];
		Map<UUID, Integer> persons = new HashMap<>();
		for (int k = 0; k < 2 * perPart; k++) {
			UUID person = UUID.randomUUID();
			persons.put(person, k);
			factors[0] = k;
			parts.get(k / perPart).add(k % 997, 19_000 + k % 31, person.getMostSignificantBits(),
					person.getLeastSignificantBits(), k % 2 == 0 ? TargetGroup.FIRST_OFFENDER : TargetGroup.PROLIFIC_OFFENDER,
					k % 7 == 0 ? null : k % 90, k, factors, k % 3 == 0 ? null : "V", "Gemeente " + k % 500);
		}
		ScoredCandidates all = ScoredCandidates.concat(parts);
		int[] ranking = all.ranking();
		UUID run = UUID.randomUUID();
		Received received = new Received();
		BinaryCopyWriter rows = new BinaryCopyWriter(received);
		for (int k = 0; k < ranking.length; k++) {
			all.writeRow(ranking[k], run, k + 1, rows);
		}
		rows.end();

		BinaryCopyReader read = new BinaryCopyReader(new ByteArrayInputStream(received.bytes.toByteArray()));
		assertThat(ScoredCandidates.COLUMNS).contains("(run_id, rank, person_id, category, score, age, age_band, gender,"
				+ " municipality, antecedents, last_antecedent,");
		for (int r = 0; r < ranking.length; r++) {
			assertThat(read.startRow()).isEqualTo(12);
			read.fieldLength();
			assertThat(new UUID(read.readLong(), read.readLong())).isEqualTo(run);
			read.fieldLength();
			assertThat(read.readInt()).isEqualTo(r + 1);
			read.fieldLength();
			UUID person = new UUID(read.readLong(), read.readLong());
			int k = persons.get(person);
			assertThat(k).as("row %d is the candidate ranked there", r).isEqualTo(ranking[r]);
			assertThat(read.readText()).isEqualTo(k % 2 == 0 ? "FIRST_OFFENDER" : "PROLIFIC_OFFENDER");
			read.fieldLength();
			assertThat(Double.longBitsToDouble(read.readLong())).isEqualTo(k % 997);
			if (k % 7 == 0) {
				assertThat(read.fieldLength()).isEqualTo(-1);
			}
			else {
				read.fieldLength();
				assertThat(read.readInt()).isEqualTo(k % 90);
			}
			assertThat(read.readText()).isEqualTo(AgeBand.of(k % 7 == 0 ? null : k % 90).name());
			assertThat(read.readText()).isEqualTo(k % 3 == 0 ? null : "V");
			assertThat(read.readText()).isEqualTo("Gemeente " + k % 500);
			read.fieldLength();
			assertThat(read.readInt()).isEqualTo(k);
			read.fieldLength();
			assertThat(LocalDate.ofEpochDay(read.readInt() + BinaryCopyReader.POSTGRES_EPOCH_DAY))
				.isEqualTo(LocalDate.ofEpochDay(19_000 + k % 31));
			assertThat(read.fieldLength()).isEqualTo(8 * Classifier.FACTORS);
			assertThat(Double.longBitsToDouble(read.readLong())).isEqualTo(k);
			read.skip(8 * (Classifier.FACTORS - 1));
		}
		assertThat(read.startRow()).isEqualTo(-1);
	}
}
