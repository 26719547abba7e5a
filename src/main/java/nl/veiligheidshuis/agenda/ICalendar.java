package nl.veiligheidshuis.agenda;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A minimal RFC 5545 writer for the agenda feed: CRLF line endings, TEXT escaping of backslash, semicolon, comma
 * and newlines, and folding of content lines longer than 75 octets (never inside a UTF-8 character).
 */
final class ICalendar {

	static final String CRLF = "\r\n";
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	/** One event: no client data, only what the caller passes in. */
	record Event(String uid, OffsetDateTime startsAt, OffsetDateTime endsAt, String summary, String location) {
	}

	private ICalendar() {
	}

	static String calendar(String name, List<Event> events, OffsetDateTime stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Veiligheidshuis//Agenda//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(name));
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + escape(event.uid()));
			line(out, "DTSTAMP:" + utc(stamp));
			line(out, "DTSTART:" + utc(event.startsAt()));
			line(out, "DTEND:" + utc(event.endsAt()));
			line(out, "SUMMARY:" + escape(event.summary()));
			line(out, "LOCATION:" + escape(event.location()));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * One event sent by mail with an invitation, change or cancellation. iTIP method PUBLISH (RFC 5546 §3.2.1),
	 * not REQUEST: the mail goes out as blind copies, so invitees do not learn who else is invited, and a REQUEST
	 * must list its attendees. The SEQUENCE rises with every change, so calendar apps replace the earlier event;
	 * a cancellation keeps the UID with STATUS:CANCELLED.
	 */
	static String notice(Event event, int sequence, boolean cancelled, String organiser, OffsetDateTime stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Veiligheidshuis//Agenda//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + escape(event.uid()));
		line(out, "SEQUENCE:" + sequence);
		line(out, "DTSTAMP:" + utc(stamp));
		line(out, "DTSTART:" + utc(event.startsAt()));
		line(out, "DTEND:" + utc(event.endsAt()));
		line(out, "SUMMARY:" + escape(event.summary()));
		line(out, "LOCATION:" + escape(event.location()));
		line(out, "ORGANIZER:mailto:" + organiser);
		line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String utc(OffsetDateTime value) {
		return value.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
	}

	/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines in TEXT values. */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** RFC 5545 §3.1: a content line of at most 75 octets, continued after CRLF and one space. */
	static String fold(String line) {
		StringBuilder out = new StringBuilder();
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 0;
				limit = 74; // the leading space counts
			}
			out.append(character);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return out.toString();
	}

	private static void line(StringBuilder out, String content) {
		out.append(fold(content)).append(CRLF);
	}
}
