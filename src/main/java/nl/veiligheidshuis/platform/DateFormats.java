package nl.veiligheidshuis.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates as Dutch users read them, in Dutch time: {@code ${@dates.dateTime(value)}} in templates.
 * Instants are stored in UTC and shown in the house's time zone.
 */
@Component("dates")
public class DateFormats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
			Locale.forLanguageTag("nl"));

	public String dateTime(@Nullable OffsetDateTime value) {
		return value == null ? "" : value.atZoneSameInstant(ClockConfiguration.HOUSE_ZONE).format(DATE_TIME);
	}

	public String date(@Nullable LocalDate value) {
		return value == null ? "" : value.format(DATE);
	}
}
