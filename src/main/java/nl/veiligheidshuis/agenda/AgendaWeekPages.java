package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The house's shared agenda per week (the conferences the user may see and the room bookings, per day, with time,
 * room and "Casusoverleg" or the booking's purpose) and the user's iCalendar feed of conferences. Never client data.
 */
@Controller
class AgendaWeekPages {

	static final String WEEK = "/agenda/week";
	static final String FEED = "/agenda/feed.ics";
	static final String SUMMARY = "Casusoverleg";
	/** The roles that may see conferences at all ({@link CaseConferences#MAY_READ}). */
	private static final Set<String> READERS = Set.of("ROLE_SECRETARIAT", "ROLE_HOUSE_MANAGER",
			"ROLE_INTERVENTION_MANAGER", "ROLE_PARTNER_PROFESSIONAL");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CaseConferences conferences;
	private final RoomBookings bookings;
	private final Clock clock;

	AgendaWeekPages(CaseConferences conferences, RoomBookings bookings, Clock clock) {
		this.conferences = conferences;
		this.bookings = bookings;
		this.clock = clock;
	}

	/** One entry of the week: a conference (purpose null) or a booking. */
	record Entry(OffsetDateTime startsAt, String from, String until, UUID roomId, String roomName,
			@Nullable UUID conferenceId, @Nullable String purpose) {
	}

	record Day(LocalDate date, List<Entry> entries) {
	}

	@GetMapping(WEEK)
	String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
			@RequestParam(required = false) @Nullable UUID ruimte, Authentication authentication, Model model) {
		LocalDate from = van == null ? LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				: van;
		OffsetDateTime start = at(from);
		OffsetDateTime end = at(from.plusDays(7));
		List<Entry> entries = new ArrayList<>();
		if (reader(authentication)) {
			conferences.visibleFrom(from).stream()
				.filter(c -> !c.cancelled() && c.startsAt().isBefore(end))
				.filter(c -> ruimte == null || ruimte.equals(c.roomId()))
				.forEach(c -> entries.add(entry(c.startsAt(), c.endsAt(), c.roomId(), c.roomName(), c.id(), null)));
		}
		bookings.between(start, end).stream()
			.filter(b -> b.conferenceId() == null)
			.filter(b -> ruimte == null || ruimte.equals(b.roomId()))
			.forEach(b -> entries.add(entry(b.startsAt(), b.endsAt(), b.roomId(), b.roomName(), null, b.purpose())));
		entries.sort(Comparator.comparing(Entry::startsAt).thenComparing(Entry::roomName));
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate day = from.plusDays(i);
			days.add(new Day(day, entries.stream()
				.filter(e -> e.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(day)).toList()));
		}
		model.addAttribute("from", from);
		model.addAttribute("previous", from.minusDays(7));
		model.addAttribute("next", from.plusDays(7));
		model.addAttribute("room", ruimte);
		model.addAttribute("rooms", bookings.rooms());
		model.addAttribute("days", days);
		return "agenda/week";
	}

	@GetMapping(value = FEED)
	ResponseEntity<String> feed(Authentication authentication) {
		List<ICalendar.Event> events = new ArrayList<>();
		if (reader(authentication)) {
			conferences.visibleFrom(LocalDate.now(clock).minusDays(90)).stream()
				.filter(c -> !c.cancelled())
				.forEach(c -> events.add(new ICalendar.Event(c.id().toString(), c.startsAt(), c.endsAt(), SUMMARY,
						c.roomName())));
		}
		String body = ICalendar.calendar("Veiligheidshuis", events, OffsetDateTime.now(clock));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(body);
	}

	private Entry entry(OffsetDateTime startsAt, OffsetDateTime endsAt, UUID roomId, String roomName,
			@Nullable UUID conferenceId, @Nullable String purpose) {
		return new Entry(startsAt, time(startsAt), time(endsAt), roomId, roomName, conferenceId, purpose);
	}

	private String time(OffsetDateTime value) {
		return value.atZoneSameInstant(clock.getZone()).format(TIME);
	}

	private static boolean reader(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(Objects::nonNull)
			.anyMatch(READERS::contains);
	}

	private OffsetDateTime at(LocalDate date) {
		return date.atTime(LocalTime.MIDNIGHT).atZone(clock.getZone()).toOffsetDateTime();
	}
}
