package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * {@code /api/v1/rooms/{roomId}/bookings}: occupancy of a room or flex desk (everyone signed in; time and purpose,
 * no client data) and booking it (secretariat, house manager). Invalid input: 400 listing every invalid field; an
 * occupied slot or another broken rule: 409 listing every violated rule. Slots are half-open: a booking may start
 * when the previous one ends.
 */
@RestController
@Tag(name = "ruimtes", description = "Ruimtes en flexplekken: bezetting en reserveren, zonder dubbele boekingen")
class RoomBookingsApi {

	static final String PATH = ApiPaths.V1 + "/rooms/{roomId}/bookings";

	record BookingList(UUID roomId, OffsetDateTime from, OffsetDateTime to, List<RoomBooking> bookings) {
	}

	record BookingRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
			@NotBlank @Size(max = 200) String purpose) {
	}

	private final RoomBookings bookings;
	private final ZoneId zone;

	RoomBookingsApi(RoomBookings bookings, java.time.Clock clock) {
		this.bookings = bookings;
		this.zone = clock.getZone();
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De boekingen van een ruimte van dag 'from' (standaard vandaag) tot en met dag 'to' (standaard een week later)")
	BookingList list(@PathVariable UUID roomId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		LocalDate first = from == null ? LocalDate.now(zone) : from;
		LocalDate last = to == null ? first.plusDays(6) : to;
		OffsetDateTime start = first.atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime end = last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		return new BookingList(roomId, start, end, bookings.of(roomId, start, end));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ruimte of flexplek reserveren (secretariaat of manager); 409 als het tijdvak al bezet is")
	ResponseEntity<RoomBooking> book(@PathVariable UUID roomId, @Valid @RequestBody BookingRequest request,
			@AuthenticationPrincipal UserProfile caller) {
		OffsetDateTime startsAt = Objects.requireNonNull(request.startsAt());
		OffsetDateTime endsAt = Objects.requireNonNull(request.endsAt());
		UUID id = bookings.book(roomId, startsAt, endsAt, request.purpose(), caller);
		RoomBooking booking = bookings.of(roomId, startsAt, endsAt).stream().filter(b -> b.id().equals(id)).findFirst()
			.orElseThrow();
		return ResponseEntity.status(201).body(booking);
	}
}
