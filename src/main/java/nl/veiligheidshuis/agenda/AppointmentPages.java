package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectorySummary;

/**
 * Appointment pages: plan one (a refused plan comes back with what was entered and every broken rule), read one,
 * record its outcome, cancel it. Post/Redirect/Get after every change that succeeded.
 */
@Controller
class AppointmentPages {

	static final String ROOT = "/agenda/afspraken";
	private static final String ONE = ROOT + "/{appointmentId}";

	private final Appointments appointments;
	private final CaseConferences conferences;
	private final Trajectories trajectories;
	private final Clock clock;

	AppointmentPages(Appointments appointments, CaseConferences conferences, Trajectories trajectories, Clock clock) {
		this.appointments = appointments;
		this.conferences = conferences;
		this.trajectories = trajectories;
		this.clock = clock;
	}

	/** What the form holds, also after a refusal. */
	record AppointmentForm(@Nullable AppointmentKind kind, @Nullable LocalDate date, @Nullable LocalTime startTime,
			@Nullable LocalTime endTime, @Nullable UUID roomId, @Nullable UUID trajectoryId, Set<UUID> participantIds,
			@Nullable String description, @Nullable String otherParticipants) {
	}

	@GetMapping(ROOT + "/nieuw")
	String form(@RequestParam(required = false) @Nullable UUID traject, @AuthenticationPrincipal UserProfile user,
			Authentication authentication, Model model) {
		return form(new AppointmentForm(null, LocalDate.now(clock), null, null, null, traject, Set.of(), null, null), null,
				user, authentication, model);
	}

	@PostMapping(ROOT)
	String create(@RequestParam(required = false) @Nullable AppointmentKind kind,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
			@RequestParam(required = false) @Nullable UUID roomId,
			@RequestParam(required = false) @Nullable UUID trajectoryId,
			@RequestParam(required = false) @Nullable Set<UUID> participantIds,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String otherParticipants, @AuthenticationPrincipal UserProfile user,
			Authentication authentication, Model model) {
		AppointmentForm form = new AppointmentForm(kind, date, startTime, endTime, roomId, trajectoryId,
				participantIds == null ? Set.of() : participantIds, description, otherParticipants);
		try {
			UUID id = appointments.create(new Appointments.AppointmentCommand(kind, at(date, startTime), at(date, endTime),
					roomId, trajectoryId, form.participantIds(), description, otherParticipants), user);
			return "redirect:" + ROOT + "/" + id;
		}
		catch (AgendaRefused refused) {
			return form(form, refused.rules(), user, authentication, model);
		}
	}

	@GetMapping(ONE)
	String appointment(@PathVariable UUID appointmentId, Model model) {
		model.addAttribute("appointment", appointments.view(appointmentId));
		return "agenda/appointment";
	}

	@PostMapping(ONE + "/uitkomst")
	String outcome(@PathVariable UUID appointmentId, @RequestParam String note, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		try {
			appointments.recordOutcome(appointmentId, note, user);
		}
		catch (AgendaRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
		}
		return "redirect:" + ROOT + "/" + appointmentId;
	}

	@PostMapping(ONE + "/annuleren")
	String cancel(@PathVariable UUID appointmentId, RedirectAttributes redirect) {
		try {
			appointments.cancel(appointmentId);
		}
		catch (AgendaRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
		}
		return "redirect:" + ROOT + "/" + appointmentId;
	}

	private String form(AppointmentForm form, @Nullable List<String> refusals, UserProfile user,
			Authentication authentication, Model model) {
		boolean manager = authentication.getAuthorities().stream()
			.anyMatch(a -> "ROLE_INTERVENTION_MANAGER".equals(a.getAuthority()));
		List<TrajectorySummary> choice = trajectories.visible(null, manager ? user.id() : null).stream()
			.filter(t -> t.state().open()).toList();
		model.addAttribute("form", form);
		model.addAttribute("refusals", refusals);
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("rooms", appointments.rooms());
		model.addAttribute("participants", conferences.owners().stream()
			.filter(o -> !o.member().id().equals(user.id())).toList());
		model.addAttribute("trajectories", choice);
		return "agenda/appointment-new";
	}

	private @Nullable OffsetDateTime at(@Nullable LocalDate date, @Nullable LocalTime time) {
		return date == null || time == null ? null : date.atTime(time).atZone(clock.getZone()).toOffsetDateTime();
	}
}
