package nl.veiligheidshuis.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class KnownPersonCheckLimitUnitTest {

	/** A clock the test moves on. */
	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-11-28T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void the_limit_holds_for_a_sliding_minute_and_frees_up_when_it_has_passed() {
		MovingClock clock = new MovingClock();
		KnownPersonCheckLimit limit = new KnownPersonCheckLimit(3, clock);

		assertThat(limit.tryAcquire()).isTrue();
		clock.now = clock.now.plusSeconds(30);
		assertThat(limit.tryAcquire()).isTrue();
		assertThat(limit.tryAcquire()).isTrue();
		assertThat(limit.tryAcquire()).as("fourth within the minute").isFalse();
		clock.now = clock.now.plus(Duration.ofSeconds(31));
		assertThat(limit.tryAcquire()).as("the first check left the window").isTrue();
		assertThat(limit.tryAcquire()).as("the other two are still in it").isFalse();
	}
}
