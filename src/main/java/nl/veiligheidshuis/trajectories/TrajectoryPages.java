package nl.veiligheidshuis.trajectories;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * The trajectory pages: the list of what the user may see (filter by state), the start page of the house
 * manager, the caseload, and the dossier of one trajectory with its timeline and the actions the user's
 * rights allow. Post/Redirect/Get; a refused change (a broken rule, or someone else changed the trajectory
 * meanwhile) shows the dossier again with every rule and the user's input kept. Only ids in the URLs.
 */
@Controller
@PreAuthorize(Trajectories.MAY_LIST)
class TrajectoryPages {

	static final String ROOT = "/trajecten";
	static final String DOSSIER = ROOT + "/{trajectoryId}";
	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** A choice of a form: the value sent, the Dutch label shown. */
	record Option(String value, String label) {
	}

	private final Trajectories trajectories;
	private final PartnerOrganisations partners;
	private final MessageSource messages;
	private final Execution execution;

	TrajectoryPages(Trajectories trajectories, PartnerOrganisations partners, MessageSource messages, Execution execution) {
		this.trajectories = trajectories;
		this.execution = execution;
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping(ROOT)
	String list(@RequestParam(name = "stand", required = false) @Nullable TrajectoryState state,
			@RequestParam(name = "interventiemanager", required = false) @Nullable UUID manager, Model model) {
		model.addAttribute("trajectories", trajectories.visible(state, manager));
		model.addAttribute("states", TrajectoryState.values());
		model.addAttribute("selectedState", state);
		model.addAttribute("selectedManager", manager);
		return "trajectories/list";
	}

	@GetMapping(ROOT + "/werkvoorraad")
	@PreAuthorize("hasAnyRole('INTERVENTION_MANAGER', 'HOUSE_MANAGER')")
	String caseload(@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model) {
		if (request.isUserInRole("HOUSE_MANAGER")) {
			model.addAttribute("caseload", trajectories.caseload());
			model.addAttribute("caseloadStates", Caseload.STATES);
		}
		if (request.isUserInRole("INTERVENTION_MANAGER")) {
			model.addAttribute("own", Trajectories.byState(trajectories.visible(null, user.id()).stream()
				.filter(t -> t.state().open()).toList()));
		}
		return "trajectories/caseload";
	}

	@GetMapping(ROOT + "/nieuw")
	@PreAuthorize(Trajectories.MAY_START)
	String startPage(Model model) {
		if (!model.containsAttribute("listStart")) {
			model.addAttribute("listStart", new StartForm());
		}
		if (!model.containsAttribute("urgentStart")) {
			model.addAttribute("urgentStart", new StartForm());
		}
		model.addAttribute("candidates", trajectories.startCandidates());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("partnerOptions", partners.all().stream()
			.map(partner -> new Option(partner.id().value().toString(), partner.name())).toList());
		return "trajectories/new";
	}

	@PostMapping(ROOT)
	@PreAuthorize(Trajectories.MAY_START)
	String startFromList(@Valid @ModelAttribute("listStart") StartForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, Model model, RedirectAttributes redirect) {
		form.setReferralId(null);
		return start(form, errors, "listRefusal", user, model, redirect);
	}

	@PostMapping(ROOT + "/spoed")
	@PreAuthorize(Trajectories.MAY_START)
	String startUrgent(@Valid @ModelAttribute("urgentStart") StartForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, Model model, RedirectAttributes redirect) {
		if (form.getReferralId() == null && !errors.hasFieldErrors("referralId")) {
			errors.rejectValue("referralId", "required", messages.getMessage("trajectory.start.referral.required", null, DUTCH));
		}
		return start(form, errors, "urgentRefusal", user, model, redirect);
	}

	private String start(StartForm form, BindingResult errors, String refusalAttribute, UserProfile user, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return startPage(model);
		}
		try {
			UUID id = trajectories.start(form.toCommand(), user);
			redirect.addFlashAttribute("flash", "trajectory.started");
			return "redirect:" + ROOT + "/" + id;
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute(refusalAttribute, refused.rules());
			return startPage(model);
		}
	}

	@GetMapping(DOSSIER)
	String dossier(@PathVariable UUID trajectoryId, @RequestParam(name = "soort", required = false) @Nullable TimelineKind kind,
			HttpServletRequest request, Model model) {
		Execution.DossierPage page = execution.dossierPage(trajectoryId);
		TrajectoryDossier dossier = page.dossier();
		TrajectoryRights rights = rights(request);
		model.addAttribute("dossier", dossier);
		model.addAttribute("overview", page.overview());
		model.addAttribute("rights", rights);
		model.addAttribute("kinds", TimelineKind.values());
		model.addAttribute("selectedKind", kind);
		model.addAttribute("timeline", dossier.timeline().stream().filter(e -> kind == null || e.kind() == kind).toList());
		if (!model.containsAttribute("assignment")) {
			AssignmentForm assignment = new AssignmentForm();
			assignment.setVersion(dossier.version());
			model.addAttribute("assignment", assignment);
		}
		if (!model.containsAttribute("closure")) {
			ClosureForm closure = new ClosureForm();
			closure.setVersion(dossier.version());
			model.addAttribute("closure", closure);
		}
		if (rights.assign() && dossier.open()) {
			model.addAttribute("managerOptions", trajectories.interventionManagers().stream()
				.filter(m -> !m.id().equals(dossier.interventionManager()))
				.map(m -> new Option(m.id().toString(), m.displayName())).toList());
		}
		model.addAttribute("closureReasons", ClosureReason.values());
		return "trajectories/dossier";
	}

	@PostMapping(DOSSIER + "/toewijzing")
	String assign(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("assignment") AssignmentForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return dossier(trajectoryId, null, request, model);
		}
		try {
			trajectories.assign(trajectoryId, Objects.requireNonNull(form.getVersion()),
					Objects.requireNonNull(form.getInterventionManagerId()), form.getReason(), user);
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute("assignmentRefusal", refused.rules());
			return dossier(trajectoryId, null, request, model);
		}
		redirect.addFlashAttribute("flash", "trajectory.assigned");
		return "redirect:" + ROOT + "/" + trajectoryId;
	}

	@PostMapping(DOSSIER + "/afsluiting")
	String close(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("closure") ClosureForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return dossier(trajectoryId, null, request, model);
		}
		try {
			trajectories.close(trajectoryId, Objects.requireNonNull(form.getVersion()), Objects.requireNonNull(form.getReason()),
					form.getExplanation(), user);
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute("closureRefusal", refused.rules());
			return dossier(trajectoryId, null, request, model);
		}
		redirect.addFlashAttribute("flash", "trajectory.closed");
		return "redirect:" + ROOT + "/" + trajectoryId;
	}

	static TrajectoryRights rights(HttpServletRequest request) {
		// put there by privacy.TrajectoryScope, which checked the right to read before this controller ran
		Object rights = request.getAttribute("trajectoryRights");
		return rights instanceof TrajectoryRights given ? given : TrajectoryRights.NONE;
	}
}
