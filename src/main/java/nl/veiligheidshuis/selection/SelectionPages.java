package nl.veiligheidshuis.selection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * The selection pages of the secretariat and the house manager: runs and their ranked candidates with
 * the breakdown on demand, the selection meeting, the adopted priority lists with their differences, and
 * the disparity overview.
 */
@Controller
@PreAuthorize(SelectionRuns.MAY_SELECT)
class SelectionPages {

	private final SelectionRuns runs;
	private final SelectionMeetings meetings;
	private final PriorityLists lists;
	private final RuleSets ruleSets;
	private final DisparityOverview disparity;
	private final Clock clock;

	SelectionPages(SelectionRuns runs, SelectionMeetings meetings, PriorityLists lists, RuleSets ruleSets,
			DisparityOverview disparity, Clock clock) {
		this.runs = runs;
		this.meetings = meetings;
		this.lists = lists;
		this.ruleSets = ruleSets;
		this.disparity = disparity;
		this.clock = clock;
	}

	@GetMapping("/selectie")
	String overview(Model model) {
		model.addAttribute("renewal", lists.renewal());
		model.addAttribute("lists", lists.all());
		model.addAttribute("runs", runs.recent(10));
		model.addAttribute("meetings", meetings.recent(10));
		model.addAttribute("ruleSets", ruleSets.all());
		if (!model.containsAttribute("referenceDate")) {
			model.addAttribute("referenceDate", LocalDate.now(clock));
		}
		return "selection/overview";
	}

	@PostMapping("/selectie/runs")
	String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate referenceDate,
			@RequestParam(required = false) @Nullable Integer ruleSetVersion, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		try {
			SelectionRun run = runs.start(referenceDate, ruleSetVersion, user.id());
			return "redirect:/selectie/runs/" + run.id();
		}
		catch (SelectionRuns.RunRefused refused) {
			redirect.addFlashAttribute("problems", refused.problems());
		}
		catch (SelectionRuns.RunInProgress busy) {
			redirect.addFlashAttribute("problems", Map.of("referenceDate", "selection.run.inProgress"));
		}
		return "redirect:/selectie";
	}

	@GetMapping("/selectie/runs/{runId}")
	String run(@PathVariable UUID runId, @RequestParam(required = false) @Nullable TargetGroup category,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable AgeBand ageBand, @RequestParam(defaultValue = "1") int page,
			Model model) {
		SelectionRun run = runs.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("run", run);
		if (run.completed()) {
			SelectionRuns.Filter filter = new SelectionRuns.Filter(category,
					municipality == null || municipality.isBlank() ? null : municipality, ageBand);
			model.addAttribute("filter", filter);
			model.addAttribute("result", runs.candidates(runId, filter, page));
			model.addAttribute("categories", ruleSets.version(run.ruleSetVersion()).orElseThrow().rules().stream()
				.map(ClassificationRule::category).toList());
			model.addAttribute("municipalities", runs.municipalities(runId));
			model.addAttribute("ageBands", Arrays.asList(AgeBand.values()));
			model.addAttribute("disparity", disparity.ofRun(runId));
			model.addAttribute("today", LocalDate.now(clock));
		}
		return "selection/run";
	}

	/** The progress of a running run, polled by the page; a finished run reloads the page. */
	@GetMapping("/selectie/runs/{runId}/stand")
	String progress(@PathVariable UUID runId, Model model, HttpServletResponse response) {
		SelectionRun run = runs.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (run.status() != SelectionRun.Status.RUNNING) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return "selection/run :: progress";
	}

	@PostMapping("/selectie/runs/{runId}/overleg")
	String prepareMeeting(@PathVariable UUID runId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@RequestParam(required = false) @Nullable String participants, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		try {
			UUID meeting = meetings.prepare(runId, heldOn, participants, user.id());
			return "redirect:/selectie/overleggen/" + meeting;
		}
		catch (SelectionMeetings.Refused refused) {
			redirect.addFlashAttribute("problems", refused.problems());
			redirect.addFlashAttribute("participants", participants);
			return "redirect:/selectie/runs/" + runId + "#overleg";
		}
	}

	@GetMapping("/selectie/overleggen/{meetingId}")
	String meeting(@PathVariable UUID meetingId, Model model) {
		SelectionMeetings.Meeting meeting = meetings.find(meetingId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SelectionRun run = runs.find(meeting.runId()).orElseThrow();
		RuleSet ruleSet = ruleSets.version(run.ruleSetVersion()).orElseThrow();
		List<SelectionMeetings.Item> agenda = meetings.agenda(meetingId);
		model.addAttribute("meeting", meeting);
		model.addAttribute("run", run);
		model.addAttribute("listCategories", ruleSet.listCategories());
		model.addAttribute("agenda", agenda);
		model.addAttribute("undecided", agenda.stream().filter(i -> i.decision() == null).count());
		model.addAttribute("decisions", MeetingDecision.values());
		if (!meeting.adopted()) {
			java.util.Set<UUID> onAgenda = agenda.stream().map(SelectionMeetings.Item::personId)
				.collect(java.util.stream.Collectors.toSet());
			// Nominees come from the categories that are not on the agenda by default (the first page of each,
			// highest score first): the run's top candidates are on the agenda already.
			model.addAttribute("nominees", ruleSet.rules().stream().map(ClassificationRule::category)
				.filter(category -> !ruleSet.listCategories().contains(category))
				.flatMap(category -> runs.candidates(meeting.runId(), new SelectionRuns.Filter(category, null, null), 1)
					.candidates().stream())
				.filter(c -> !onAgenda.contains(c.personId()))
				.toList());
		}
		return "selection/meeting";
	}

	@PostMapping("/selectie/overleggen/{meetingId}/besluiten")
	String decide(@PathVariable UUID meetingId, @RequestParam UUID personId,
			@RequestParam(required = false) @Nullable MeetingDecision decision,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		try {
			meetings.decide(meetingId, personId, decision, reason, user.id());
			redirect.addFlashAttribute("flash", "selection.meeting.decided");
		}
		catch (SelectionMeetings.Refused refused) {
			redirect.addFlashAttribute("problems", refused.problems());
			redirect.addFlashAttribute("problemPerson", personId);
			redirect.addFlashAttribute("reasonGiven", reason);
		}
		return "redirect:/selectie/overleggen/" + meetingId;
	}

	@PostMapping("/selectie/overleggen/{meetingId}/voordragen")
	String nominate(@PathVariable UUID meetingId, @RequestParam(required = false) @Nullable UUID personId,
			@RequestParam(required = false) @Nullable String nominatedBy, RedirectAttributes redirect) {
		try {
			if (personId == null) {
				throw new SelectionMeetings.Refused(Map.of("personId", "selection.meeting.nominate.choose"));
			}
			meetings.nominate(meetingId, personId, nominatedBy);
			redirect.addFlashAttribute("flash", "selection.meeting.nominated");
		}
		catch (SelectionMeetings.Refused refused) {
			redirect.addFlashAttribute("nominationProblems", refused.problems());
		}
		return "redirect:/selectie/overleggen/" + meetingId;
	}

	@PostMapping("/selectie/overleggen/{meetingId}/vaststellen")
	@PreAuthorize("hasRole('HOUSE_MANAGER')")
	String adopt(@PathVariable UUID meetingId, @AuthenticationPrincipal UserProfile user, RedirectAttributes redirect) {
		try {
			PriorityLists.PriorityList list = meetings.adopt(meetingId, user.id());
			redirect.addFlashAttribute("flash", "selection.list.adopted");
			return "redirect:/selectie/lijsten/" + list.id();
		}
		catch (SelectionMeetings.Refused refused) {
			redirect.addFlashAttribute("adoptProblems", refused.problems());
			return "redirect:/selectie/overleggen/" + meetingId;
		}
	}

	/** Every version of the selection rules, newest first, with its rules and weights in full. */
	@GetMapping("/selectie/regelsets")
	String ruleSets(Model model) {
		model.addAttribute("ruleSets", ruleSets.all());
		model.addAttribute("factors", ScoringFactor.values());
		model.addAttribute("offenceCategories", nl.veiligheidshuis.intake.OffenceCategory.values());
		return "selection/rule-sets";
	}

	@GetMapping("/selectie/regelsets/nieuw")
	@PreAuthorize("hasRole('HOUSE_MANAGER')")
	String newRuleSet(Model model) {
		model.addAttribute("form", RuleSetForm.of(ruleSets.latest().orElseThrow(), LocalDate.now(clock).plusDays(1)));
		return ruleSetForm(model);
	}

	private String ruleSetForm(Model model) {
		model.addAttribute("factors", ScoringFactor.values());
		model.addAttribute("offenceCategories", nl.veiligheidshuis.intake.OffenceCategory.values());
		return "selection/rule-set-new";
	}

	@PostMapping("/selectie/regelsets")
	@PreAuthorize("hasRole('HOUSE_MANAGER')")
	String addRuleSet(@org.springframework.web.bind.annotation.ModelAttribute("form") RuleSetForm form,
			org.springframework.validation.BindingResult errors, @AuthenticationPrincipal UserProfile user, Model model,
			RedirectAttributes redirect) {
		RuleSet proposed = form.validate(errors);
		if (proposed == null || errors.hasErrors()) {
			return ruleSetForm(model);
		}
		RuleSet added = ruleSets.addVersion(proposed, user.id());
		redirect.addFlashAttribute("flash", "selection.ruleSetForm.added");
		return "redirect:/selectie/regelsets#versie-" + added.version();
	}

	@GetMapping("/selectie/lijsten/{listId}")
	String list(@PathVariable UUID listId, Model model) {
		PriorityLists.PriorityList list = lists.find(listId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("list", list);
		model.addAttribute("entries", lists.entries(listId));
		model.addAttribute("departures", lists.departures(listId));
		model.addAttribute("disparity", disparity.ofList(listId, list.runId()));
		return "selection/list";
	}
}
