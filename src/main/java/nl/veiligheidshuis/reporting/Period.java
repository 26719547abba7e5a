package nl.veiligheidshuis.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A reporting period, both days included. */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its start");
		}
	}

	/** The default of the steering group: the last half year up to and including today. */
	static Period lastHalfYear(LocalDate today) {
		return new Period(today.minusMonths(6).plusDays(1), today);
	}

	OffsetDateTime start(ZoneId zone) {
		return from.atStartOfDay(zone).toOffsetDateTime();
	}

	/** The first moment after the period. */
	OffsetDateTime end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
	}
}
