package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ByLastInvolvementUnitTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	@Test
	void the_split_asks_for_the_involvements_once_and_agrees_with_expired_and_retained() {
		UUID dueToday = UUID.randomUUID();
		UUID dueTomorrow = UUID.randomUUID();
		UUID longGone = UUID.randomUUID();
		AtomicInteger asked = new AtomicInteger();
		ByLastInvolvement participant = new ByLastInvolvement() {
			@Override
			public List<Involvement> involvements() {
				asked.incrementAndGet();
				return List.of(new Involvement(dueToday, TODAY), new Involvement(dueTomorrow, TODAY.plusDays(1)),
						new Involvement(longGone, TODAY.minusYears(3)));
			}

			@Override
			public int erasureOrder() {
				return 0;
			}

			@Override
			public List<Erased> erase(UUID person) {
				return List.of();
			}
		};

		RetentionParticipant.Split split = participant.split(TODAY);

		assertThat(asked).hasValue(1);
		// the day a record may go is the day it goes: expired on that day, kept the day before
		assertThat(split.expired()).isEqualTo(Set.of(dueToday, longGone)).isEqualTo(participant.expired(TODAY));
		assertThat(split.retained()).isEqualTo(Set.of(dueTomorrow)).isEqualTo(participant.retained(TODAY));
		assertThat(participant.split(TODAY.minusDays(1)).expired()).containsExactly(longGone);
	}
}
