package nl.veiligheidshuis.agenda;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Free, distinct slots far ahead for tests that plan conferences or book rooms: rooms cannot be double booked,
 * and all tests share one database. Each call returns the start of a fresh four-hour window.
 */
public final class TestSlots {

	private static final OffsetDateTime BASE = OffsetDateTime.now().plusDays(400).truncatedTo(ChronoUnit.DAYS)
		.plusHours(8);
	private static final AtomicLong NEXT = new AtomicLong();

	private TestSlots() {
	}

	public static OffsetDateTime next() {
		return BASE.plusHours(4 * NEXT.getAndIncrement());
	}
}
