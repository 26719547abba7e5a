package nl.veiligheidshuis.agenda;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
 * {@code /api/v1/appointments}: appointments in the house. Details (trajectory, description, other participants,
 * outcome note) only for the organiser and the participants; an appointment the caller may not see answers 404.
 * Invalid input: 400 listing every invalid field; a broken rule (an occupied room, an end before the start):
 * 409 listing every violated rule.
 */
@RestController
@Tag(name = "afspraken", description = "Afspraken in het huis: taakstrafintake, slachtoffergesprek, schadebemiddeling, cliëntgesprek")
class AppointmentsApi {

	static final String PATH = ApiPaths.V1 + "/appointments";
	private static final String ONE = PATH + "/{appointmentId}";

	record AppointmentList(List<AppointmentView> appointments) {
	}

	record AppointmentRequest(@NotNull AppointmentKind kind, @NotNull OffsetDateTime startsAt,
			@NotNull OffsetDateTime endsAt, @Nullable UUID roomId, @Nullable UUID trajectoryId,
			@Nullable Set<UUID> participantIds, @Nullable @Size(max = 4000) String description,
			@Nullable @Size(max = 4000) String otherParticipants) {
	}

	record OutcomeRequest(@NotBlank @Size(max = 4000) String note) {
	}

	private final Appointments appointments;
	private final Clock clock;

	AppointmentsApi(Appointments appointments, Clock clock) {
		this.appointments = appointments;
		this.clock = clock;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De afspraken die u mag zien, van een datum (standaard vandaag) tot een datum (standaard een week later)")
	AppointmentList list(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		LocalDate start = from == null ? LocalDate.now(clock) : from;
		LocalDate end = to == null ? start.plusDays(7) : to;
		return new AppointmentList(appointments.between(start.atStartOfDay(clock.getZone()).toOffsetDateTime(),
				end.atStartOfDay(clock.getZone()).toOffsetDateTime()));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Afspraak plannen: soort, tijd, deelnemers, optioneel ruimte en traject")
	ResponseEntity<AppointmentView> create(@Valid @RequestBody AppointmentRequest request,
			@AuthenticationPrincipal UserProfile caller) {
		UUID id = appointments.create(new Appointments.AppointmentCommand(request.kind(), request.startsAt(),
				request.endsAt(), request.roomId(), request.trajectoryId(),
				request.participantIds() == null ? Set.of() : request.participantIds(), request.description(),
				request.otherParticipants()), caller);
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(appointments.view(id));
	}

	@GetMapping(path = ONE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén afspraak; de details alleen voor organisator en deelnemers")
	AppointmentView appointment(@PathVariable UUID appointmentId) {
		return appointments.view(appointmentId);
	}

	@PutMapping(path = ONE + "/outcome", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Uitkomst van de afspraak vastleggen (organisator of deelnemer)")
	AppointmentView outcome(@PathVariable UUID appointmentId, @Valid @RequestBody OutcomeRequest request,
			@AuthenticationPrincipal UserProfile caller) {
		appointments.recordOutcome(appointmentId, request.note(), caller);
		return appointments.view(appointmentId);
	}

	@PostMapping(path = ONE + "/cancellation", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Afspraak annuleren (organisator, secretariaat of manager); de ruimte komt vrij")
	AppointmentView cancel(@PathVariable UUID appointmentId) {
		appointments.cancel(appointmentId);
		return appointments.view(appointmentId);
	}
}
