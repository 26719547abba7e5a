package nl.veiligheidshuis.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarUnitTest {

	@Test
	void escapes_text_and_folds_long_lines_at_75_octets_with_crlf() {
		assertThat(ICalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
		String line = "LOCATION:" + "é".repeat(60);
		String folded = ICalendar.fold(line);
		for (String part : folded.split("\r\n")) {
			assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
		String ics = ICalendar.calendar("x", List.of(new ICalendar.Event("id", OffsetDateTime.parse("2026-01-05T09:00+01:00"),
				OffsetDateTime.parse("2026-01-05T11:00+01:00"), "Casusoverleg", "Zaal 1, boven")), OffsetDateTime.now());
		assertThat(ics).contains("DTSTART:20260105T080000Z\r\n").contains("DTEND:20260105T100000Z\r\n")
			.contains("LOCATION:Zaal 1\\, boven\r\n");
	}
}
