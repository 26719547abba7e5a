package nl.veiligheidshuis.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.platform.UserProfile;

/**
 * The house's shared agenda per week or per day: the conferences the user may see, the appointments the user
 * takes part in (or, for the secretariat and the house manager, all of them) and the room bookings, filtered
 * per room and per person (a professional of the house). Conferences show as "Casusoverleg", appointments by
 * kind, other bookings by purpose: never client data. Also the user's iCalendar feed of conferences and
 * appointments, by session or, for calendar apps, by a secret address.
 */
@Controller
class AgendaWeekPages {

	static final String WEEK = "/agenda/week";
	static final String DAY = "/agenda/dag";
	static final String FEED = "/agenda/feed.ics";
	/** The feed by secret address ({@code ?sleutel=…}): no session; the path is public in the security rules. */
	static final String SUBSCRIPTION = "/agenda/abonnement.ics";
	static final String SUBSCRIPTION_PAGE = "/agenda/abonnement";
	static final String SUMMARY = "Casusoverleg";
	/** The roles that may see conferences at all ({@link CaseConferences#MAY_READ}). */
	private static final Set<String> READERS = Set.of("ROLE_SECRETARIAT", "ROLE_HOUSE_MANAGER",
			"ROLE_INTERVENTION_MANAGER", "ROLE_PARTNER_PROFESSIONAL");
	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final CaseConferences conferences;
	private final Appointments appointments;
	private final RoomBookings bookings;
	private final FeedTokens feedTokens;
	private final UserDetailsService accounts;
	private final MessageSource messages;
	private final Clock clock;

	AgendaWeekPages(CaseConferences conferences, Appointments appointments, RoomBookings bookings, FeedTokens feedTokens,
			UserDetailsService accounts, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.conferences = conferences;
		this.appointments = appointments;
		this.bookings = bookings;
		this.feedTokens = feedTokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** One entry: a conference, an appointment (its kind) or a booking (its purpose). */
	record Entry(OffsetDateTime startsAt, String from, String until, @Nullable UUID roomId, @Nullable String roomName,
			@Nullable UUID conferenceId, @Nullable UUID appointmentId, @Nullable AppointmentKind kind,
			@Nullable String purpose) {
	}

	record Day(LocalDate date, List<Entry> entries) {
	}

	@GetMapping(WEEK)
	String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
			@RequestParam(required = false) @Nullable UUID ruimte, @RequestParam(required = false) @Nullable UUID persoon,
			Authentication authentication, Model model) {
		LocalDate from = van == null ? LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : van;
		return calendar(from, 7, ruimte, persoon, authentication, model);
	}

	@GetMapping(DAY)
	String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
			@RequestParam(required = false) @Nullable UUID ruimte, @RequestParam(required = false) @Nullable UUID persoon,
			Authentication authentication, Model model) {
		return calendar(van == null ? LocalDate.now(clock) : van, 1, ruimte, persoon, authentication, model);
	}

	private String calendar(LocalDate from, int length, @Nullable UUID room, @Nullable UUID person,
			Authentication authentication, Model model) {
		OffsetDateTime start = at(from);
		OffsetDateTime end = at(from.plusDays(length));
		List<Entry> entries = new ArrayList<>();
		Set<UUID> shownAppointments = new HashSet<>();
		if (reader(authentication)) {
			conferences.visibleFrom(from).stream()
				.filter(c -> !c.cancelled() && c.startsAt().isBefore(end))
				.filter(c -> room == null || room.equals(c.roomId()))
				.filter(c -> person == null || person.equals(c.chairId()) || person.equals(c.minuteTakerId()))
				.forEach(c -> entries.add(entry(c.startsAt(), c.endsAt(), c.roomId(), c.roomName(), c.id(), null, null, null)));
			for (Appointments.Slot a : appointments.slots(start, end)) {
				shownAppointments.add(a.id());
				if (!a.cancelled() && (room == null || room.equals(a.roomId()))
						&& (person == null || person.equals(a.organiserId()) || a.participantIds().contains(person))) {
					entries.add(entry(a.startsAt(), a.endsAt(), a.roomId(), a.roomName(), null, a.id(), a.kind(), null));
				}
			}
		}
		bookings.between(start, end).stream()
			.filter(b -> b.conferenceId() == null)
			.filter(b -> b.appointmentId() == null || !shownAppointments.contains(b.appointmentId()))
			.filter(b -> room == null || room.equals(b.roomId()))
			.filter(b -> person == null || person.equals(b.bookedBy()))
			.forEach(b -> entries.add(entry(b.startsAt(), b.endsAt(), b.roomId(), b.roomName(), null, null, null,
					b.purpose())));
		entries.sort(Comparator.comparing(Entry::startsAt)
			.thenComparing(e -> e.roomName() == null ? "" : e.roomName()));
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < length; i++) {
			LocalDate day = from.plusDays(i);
			days.add(new Day(day, entries.stream()
				.filter(e -> e.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate().equals(day)).toList()));
		}
		model.addAttribute("view", length == 1 ? DAY : WEEK);
		model.addAttribute("dayView", length == 1);
		model.addAttribute("from", from);
		model.addAttribute("previous", from.minusDays(length));
		model.addAttribute("next", from.plusDays(length));
		model.addAttribute("room", room);
		model.addAttribute("person", person);
		model.addAttribute("rooms", bookings.rooms());
		model.addAttribute("people", reader(authentication) ? conferences.owners() : List.of());
		model.addAttribute("mayPlanAppointment", reader(authentication));
		model.addAttribute("days", days);
		return "agenda/week";
	}

	@GetMapping(FEED)
	ResponseEntity<String> feed(Authentication authentication) {
		return calendarFile(events(authentication));
	}

	/**
	 * The feed for a calendar app, by the secret address: the holder's own view of the agenda (need-to-know as
	 * when signed in), nothing when the secret is unknown or the account is disabled (404, the same for both).
	 */
	@GetMapping(SUBSCRIPTION)
	ResponseEntity<String> subscription(@RequestParam(name = "sleutel", defaultValue = "") String token) {
		FeedTokens.Holder holder = feedTokens.holderOf(token).orElse(null);
		UserDetails account = holder == null ? null : account(holder.username());
		if (holder == null || account == null || !account.isEnabled() || !account.isAccountNonLocked()
				|| !(account instanceof UserProfile profile) || !profile.id().equals(holder.userId())) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		return calendarFile(SignedIn.as(account, () -> events(SecurityContextHolder.getContext().getAuthentication())));
	}

	@GetMapping(SUBSCRIPTION_PAGE)
	String subscriptionPage(@AuthenticationPrincipal UserProfile user, Model model) {
		model.addAttribute("active", feedTokens.exists(user.id()));
		return "agenda/subscription";
	}

	@PostMapping(SUBSCRIPTION_PAGE)
	String renewSubscription(@AuthenticationPrincipal UserProfile user, Authentication authentication,
			RedirectAttributes redirect) {
		// Shown once, after the redirect: the page never shows a stored secret.
		redirect.addFlashAttribute("secret", feedTokens.renew(user, authentication.getName()));
		return "redirect:" + SUBSCRIPTION_PAGE;
	}

	@PostMapping(SUBSCRIPTION_PAGE + "/stoppen")
	String revokeSubscription(@AuthenticationPrincipal UserProfile user) {
		feedTokens.revoke(user.id());
		return "redirect:" + SUBSCRIPTION_PAGE;
	}

	private List<ICalendar.Event> events(Authentication authentication) {
		List<ICalendar.Event> events = new ArrayList<>();
		if (reader(authentication)) {
			LocalDate from = LocalDate.now(clock).minusDays(90);
			conferences.visibleFrom(from).stream()
				.filter(c -> !c.cancelled())
				.forEach(c -> events.add(new ICalendar.Event(c.id().toString(), c.startsAt(), c.endsAt(), SUMMARY,
						c.roomName())));
			// Only the appointments the user takes part in, by kind and room: no client, no description.
			appointments.slots(at(from), at(from.plusYears(2))).stream()
				.filter(a -> !a.cancelled() && a.takesPart())
				.forEach(a -> events.add(new ICalendar.Event(a.id().toString(), a.startsAt(), a.endsAt(),
						messages.getMessage("agenda.appointment.kind." + a.kind().name(), null, DUTCH),
						a.roomName() == null ? "" : a.roomName())));
		}
		return events;
	}

	private ResponseEntity<String> calendarFile(List<ICalendar.Event> events) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(ICalendar.calendar("Veiligheidshuis", events, OffsetDateTime.now(clock)));
	}

	private @Nullable UserDetails account(String username) {
		try {
			return accounts.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException gone) {
			return null;
		}
	}

	private Entry entry(OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable UUID roomId, @Nullable String roomName,
			@Nullable UUID conferenceId, @Nullable UUID appointmentId, @Nullable AppointmentKind kind,
			@Nullable String purpose) {
		return new Entry(startsAt, time(startsAt), time(endsAt), roomId, roomName, conferenceId, appointmentId, kind,
				purpose);
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
