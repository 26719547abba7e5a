package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.HouseIntegrationTest;

/**
 * Reading the antecedents in ranges of person ids on several connections at once gives exactly the rows one
 * connection reads, each range in person order and every person's rows in one range.
 */
@HouseIntegrationTest
class AntecedentsParallelReadIntegrationTest {

	@Autowired
	Antecedents antecedents;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void ranges_read_at_once_give_the_same_rows_as_one_read() {
		LocalDate today = LocalDate.now();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<String> one = new ArrayList<>();
		transaction.executeWithoutResult(status -> antecedents.forEachAntecedent(today,
				(most, least, day, category) -> one.add(new UUID(most, least) + " " + day + " " + category)));
		assertThat(one).as("the demo house's police list, resolved").isNotEmpty();
		for (int parts : new int[] { 2, 3 }) {
			List<List<String>> ranges = new ArrayList<>();
			for (int k = 0; k < parts; k++) {
				ranges.add(new ArrayList<>());
			}
			transaction.executeWithoutResult(status -> antecedents.forEachAntecedentInParallel(today, parts,
					part -> (most, least, day, category) -> ranges.get(part)
						.add(new UUID(most, least) + " " + day + " " + category)));
			List<String> all = new ArrayList<>();
			for (int k = 0; k < parts; k++) {
				List<String> range = ranges.get(k);
				for (String row : range) {
					UUID person = UUID.fromString(row.substring(0, 36));
					assertThat(k == 0 || unsignedAtLeast(person, Antecedents.bound(k, parts)))
						.as("range %d of %d starts at its bound", k, parts).isTrue();
					assertThat(k == parts - 1 || !unsignedAtLeast(person, Antecedents.bound(k + 1, parts)))
						.as("range %d of %d ends before the next", k, parts).isTrue();
				}
				all.addAll(range);
			}
			List<String> expected = new ArrayList<>(one);
			Collections.sort(expected);
			Collections.sort(all);
			assertThat(all).as("%d ranges", parts).isEqualTo(expected);
		}
	}

	/** PostgreSQL orders uuids by their bytes, unsigned; Java's UUID.compareTo compares signed halves. */
	private static boolean unsignedAtLeast(UUID id, UUID bound) {
		return Long.compareUnsigned(id.getMostSignificantBits(), bound.getMostSignificantBits()) >= 0;
	}
}
