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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectorySummary;

/**
 * The agenda pages: upcoming conferences of the user, planning (secretariat), and one conference with the items
 * the user may see. Every change is Post/Redirect/Get; a broken rule comes back as the list of its Dutch reasons.
 */
@Controller
class AgendaPages {

	private static final String ROOT = "/agenda";
	private static final String ONE = ROOT + "/{conferenceId}";
	private static final String ITEM = ONE + "/punten/{itemId}";

	private final CaseConferences conferences;
	private final Trajectories trajectories;
	private final PartnerOrganisations partners;
	private final Clock clock;

	AgendaPages(CaseConferences conferences, Trajectories trajectories, PartnerOrganisations partners, Clock clock) {
		this.conferences = conferences;
		this.trajectories = trajectories;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping(ROOT)
	String list(Model model) {
		model.addAttribute("conferences", conferences.visibleFrom(LocalDate.now(clock).minusDays(30)));
		return "agenda/list";
	}

	@GetMapping(ROOT + "/nieuw")
	String planForm(Model model) {
		model.addAttribute("rooms", conferences.meetingRooms());
		model.addAttribute("chairs", conferences.chairs());
		model.addAttribute("minuteTakers", conferences.minuteTakers());
		return "agenda/new";
	}

	@PostMapping(ROOT)
	String plan(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime, @RequestParam UUID roomId,
			@RequestParam UUID chairId, @RequestParam UUID minuteTakerId, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		try {
			UUID id = conferences.plan(new CaseConferences.PlanCommand(at(date, startTime), at(date, endTime), roomId, chairId,
					minuteTakerId), user);
			return "redirect:" + ROOT + "/" + id;
		}
		catch (AgendaRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
			return "redirect:" + ROOT + "/nieuw";
		}
	}

	@GetMapping(ONE)
	String conference(@PathVariable UUID conferenceId, @AuthenticationPrincipal UserProfile user, Model model,
			org.springframework.security.core.Authentication authentication) {
		ConferenceView conference = conferences.view(conferenceId);
		model.addAttribute("conference", conference);
		model.addAttribute("partners", partners.all());
		boolean manager = authentication.getAuthorities().stream()
			.anyMatch(a -> "ROLE_INTERVENTION_MANAGER".equals(a.getAuthority()));
		List<TrajectorySummary> mine = manager ? trajectories.visible(null, user.id()).stream()
			.filter(t -> t.state().open()).toList() : List.of();
		model.addAttribute("myTrajectories", mine);
		model.addAttribute("owners", conference.manage() ? conferences.owners() : List.of());
		return "agenda/conference";
	}

	@PostMapping(ONE + "/punten")
	String addItem(@PathVariable UUID conferenceId, @RequestParam(required = false) @Nullable UUID trajectoryId,
			@RequestParam(required = false) @Nullable String subject, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> conferences.addItem(conferenceId, trajectoryId, subject, user));
	}

	@PostMapping(ITEM + "/scenarios")
	String addScenario(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String description,
			@RequestParam(required = false) @Nullable Set<UUID> partnerIds, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> conferences.addScenario(conferenceId, itemId, description,
				partnerIds == null ? Set.of() : partnerIds, user));
	}

	@PostMapping(ITEM + "/extern")
	String addExternal(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String name,
			@RequestParam String organisation, @RequestParam String email, RedirectAttributes redirect) {
		if (name.isBlank() || organisation.isBlank() || !email.contains("@")) {
			redirect.addFlashAttribute("refusals", List.of("agenda.rule.external"));
			return "redirect:" + ROOT + "/" + conferenceId;
		}
		return change(conferenceId, redirect,
				() -> conferences.addExternalInvitee(conferenceId, itemId, name, organisation, email));
	}

	@PostMapping(ITEM + "/notulen")
	String minutes(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String minutes,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			conferences.recordMinutes(conferenceId, itemId, minutes);
			return itemId;
		});
	}

	@PostMapping(ITEM + "/besluiten")
	String decision(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String text,
			@AuthenticationPrincipal UserProfile user, RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> conferences.recordDecision(conferenceId, itemId, text, user));
	}

	@PostMapping(ITEM + "/actiepunten")
	String actionItem(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String description,
			@RequestParam UUID ownerUserId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam(required = false) @Nullable String condition, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> conferences.addActionItem(conferenceId, itemId,
				new CaseConferences.ActionItemCommand(description, ownerUserId, dueOn, condition), user));
	}

	@PostMapping(ITEM + "/uitkomst")
	String outcome(@PathVariable UUID conferenceId, @PathVariable UUID itemId, @RequestParam String text,
			@RequestParam(defaultValue = "false") boolean clientInformed,
			@RequestParam(required = false) @Nullable String notInformedReason,
			@RequestParam(defaultValue = "false") boolean sendToExternals, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			conferences.publishOutcome(conferenceId, itemId, text, clientInformed, notInformedReason, sendToExternals, user);
			return itemId;
		});
	}

	@PostMapping(ONE + "/aanwezigheid")
	String attendance(@PathVariable UUID conferenceId, @RequestParam(required = false) @Nullable Set<String> present,
			RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			java.util.Map<String, Boolean> attendance = new java.util.LinkedHashMap<>();
			conferences.view(conferenceId).invitations().forEach(
					i -> attendance.put(i.invitee(), present != null && present.contains(i.invitee())));
			conferences.recordAttendance(conferenceId, attendance);
			return conferenceId;
		});
	}

	@PostMapping(ONE + "/uitnodigingen")
	String invite(@PathVariable UUID conferenceId, RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			conferences.sendInvitations(conferenceId);
			redirect.addFlashAttribute("notice", "agenda.invitations.sent");
			return conferenceId;
		});
	}

	@PostMapping(ONE + "/afgelasten")
	String cancel(@PathVariable UUID conferenceId, RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			conferences.cancel(conferenceId);
			return conferenceId;
		});
	}

	@PostMapping(ONE + "/actiepunten/{actionItemId}/afgerond")
	String complete(@PathVariable UUID conferenceId, @PathVariable UUID actionItemId, RedirectAttributes redirect) {
		return change(conferenceId, redirect, () -> {
			conferences.completeActionItem(conferenceId, actionItemId);
			return actionItemId;
		});
	}

	private String change(UUID conferenceId, RedirectAttributes redirect, java.util.function.Supplier<UUID> step) {
		try {
			step.get();
		}
		catch (AgendaRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
		}
		return "redirect:" + ROOT + "/" + conferenceId;
	}

	private OffsetDateTime at(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(clock.getZone()).toOffsetDateTime();
	}
}
