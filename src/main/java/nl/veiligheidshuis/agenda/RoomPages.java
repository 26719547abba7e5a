package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.Room;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * The occupancy of a room or flex desk per week (everyone signed in: time and purpose, no client data) and booking
 * it (secretariat, house manager). Post/Redirect/Get; an occupied slot comes back as its Dutch reason.
 */
@Controller
class RoomPages {

	static final String ROOT = "/agenda/ruimtes";

	private final RoomBookings bookings;
	private final Clock clock;

	RoomPages(RoomBookings bookings, Clock clock) {
		this.bookings = bookings;
		this.clock = clock;
	}

	@GetMapping(ROOT)
	String occupancy(@RequestParam(required = false) @Nullable UUID ruimte,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
			Model model) {
		List<Room> rooms = bookings.rooms();
		LocalDate from = vanaf == null ? LocalDate.now(clock) : vanaf;
		Room room = rooms.stream().filter(r -> r.id().equals(ruimte)).findFirst()
			.orElse(rooms.isEmpty() ? null : rooms.getFirst());
		model.addAttribute("rooms", rooms);
		model.addAttribute("room", room);
		model.addAttribute("from", from);
		model.addAttribute("bookings", room == null ? List.of()
				: bookings.of(room.id(), at(from, LocalTime.MIDNIGHT), at(from.plusDays(7), LocalTime.MIDNIGHT)));
		return "agenda/rooms";
	}

	@PostMapping(ROOT + "/{roomId}/boekingen")
	String book(@PathVariable UUID roomId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime, @RequestParam String purpose,
			@AuthenticationPrincipal UserProfile user, RedirectAttributes redirect) {
		try {
			bookings.book(roomId, at(date, startTime), at(date, endTime), purpose, user);
			redirect.addFlashAttribute("notice", "agenda.rooms.booked");
		}
		catch (AgendaRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
		}
		return "redirect:" + ROOT + "?ruimte=" + roomId + "&vanaf=" + date;
	}

	private OffsetDateTime at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(clock.getZone()).toOffsetDateTime();
	}
}
