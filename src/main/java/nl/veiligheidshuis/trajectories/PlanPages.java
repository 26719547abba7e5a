package nl.veiligheidshuis.trajectories;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * The assessment and plan page of a trajectory ("Diagnose en maatwerkplan"): the assessments (their content
 * only for who may read it), the plan in any of its versions with its commitments and — for the intervention
 * manager — what is not covered yet, and the forms the user's rights allow; and the commitment page where an
 * owner partner's professional answers a request. Post/Redirect/Get; a refused change shows the page again
 * with every rule and the input kept.
 */
@Controller
@PreAuthorize(Trajectories.MAY_LIST)
class PlanPages {

	static final String PLAN = TrajectoryPages.DOSSIER + "/plan";
	static final String COMMITMENT = "/interventies/{interventionId}/toezegging";

	private final Trajectories trajectories;
	private final Assessments assessments;
	private final InterventionPlans plans;
	private final PartnerOrganisations partners;

	PlanPages(Trajectories trajectories, Assessments assessments, InterventionPlans plans, PartnerOrganisations partners) {
		this.trajectories = trajectories;
		this.assessments = assessments;
		this.plans = plans;
		this.partners = partners;
	}

	@GetMapping(PLAN)
	String plan(@PathVariable UUID trajectoryId, @RequestParam(name = "versie", required = false) @Nullable Integer version,
			@RequestParam(name = "diagnose", required = false) @Nullable Instrument instrument, HttpServletRequest request,
			Model model) {
		TrajectoryDossier dossier = trajectories.dossier(trajectoryId);
		InterventionPlan plan = plans.plan(trajectoryId, version);
		List<AssessmentSummary> found = assessments.of(trajectoryId);
		TrajectoryRights rights = TrajectoryPages.rights(request);
		model.addAttribute("dossier", dossier);
		model.addAttribute("rights", rights);
		model.addAttribute("assessments", found);
		model.addAttribute("latest", found.isEmpty() ? null : found.get(0));
		model.addAttribute("plan", plan);
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("lifeDomains", LifeDomain.values());
		model.addAttribute("riskLevels", RiskLevel.values());
		model.addAttribute("kinds", InterventionKind.values());
		model.addAttribute("types", InterventionType.values());
		boolean editable = rights.edit() && dossier.open();
		model.addAttribute("mayAssess", editable && Set.of(TrajectoryState.ASSIGNED, TrajectoryState.ASSESSMENT,
				TrajectoryState.PLANNING).contains(dossier.state()));
		model.addAttribute("mayConfirm", editable && !found.isEmpty() && found.get(0).details() != null
				&& (dossier.state() == TrajectoryState.ASSESSMENT || dossier.state() == TrajectoryState.PLANNING));
		model.addAttribute("mayPlan", editable && dossier.state() == TrajectoryState.PLANNING && plan.current());
		model.addAttribute("mayRevise", editable && (dossier.state() == TrajectoryState.PARTNER_CHECK
				|| dossier.state() == TrajectoryState.ESCALATED));
		if (!model.containsAttribute("assessment")) {
			AssessmentForm form = new AssessmentForm();
			form.setInstrument(instrument);
			form.setVersion(dossier.version());
			model.addAttribute("assessment", form);
		}
		AssessmentForm assessment = (AssessmentForm) Objects.requireNonNull(model.getAttribute("assessment"));
		model.addAttribute("chosenInstrument", assessment.getInstrument());
		if (!model.containsAttribute("deficits")) {
			DeficitsForm form = new DeficitsForm();
			AssessmentSummary latest = found.isEmpty() ? null : found.get(0);
			if (latest != null && latest.details() != null) {
				Set<LifeDomain> shown = latest.details().confirmedDeficits() != null ? latest.details().confirmedDeficits()
						: latest.details().proposedDeficits();
				form.setDeficits(shown.stream().sorted().toList());
			}
			form.setVersion(dossier.version());
			model.addAttribute("deficits", form);
		}
		if (!model.containsAttribute("intervention")) {
			InterventionForm form = new InterventionForm();
			form.setVersion(dossier.version());
			model.addAttribute("intervention", form);
		}
		if (!model.containsAttribute("step")) {
			PlanStepForm form = new PlanStepForm();
			form.setVersion(dossier.version());
			model.addAttribute("step", form);
		}
		model.addAttribute("partnerOptions", partners.all().stream()
			.map(partner -> new TrajectoryPages.Option(partner.id().value().toString(), partner.name())).toList());
		return "trajectories/plan";
	}

	@PostMapping(TrajectoryPages.DOSSIER + "/diagnose")
	String record(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("assessment") AssessmentForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return act(trajectoryId, errors, "assessmentRefusal", request, model, redirect, "trajectory.assessment.recorded",
				() -> assessments.record(trajectoryId, Objects.requireNonNull(form.getVersion()), Assessments.Command.of(form),
						user));
	}

	@PostMapping(TrajectoryPages.DOSSIER + "/diagnose/{assessmentId}/bevestiging")
	String confirm(@PathVariable UUID trajectoryId, @PathVariable UUID assessmentId,
			@Valid @ModelAttribute("deficits") DeficitsForm form, BindingResult errors, @AuthenticationPrincipal UserProfile user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "deficitsRefusal", request, model, redirect, "trajectory.assessment.deficitsConfirmed",
				() -> assessments.confirm(trajectoryId, assessmentId, Set.copyOf(form.getDeficits()),
						Objects.requireNonNull(form.getVersion()), user));
	}

	@PostMapping(PLAN + "/interventies")
	String add(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("intervention") InterventionForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return act(trajectoryId, errors, "interventionRefusal", request, model, redirect, "trajectory.intervention.added",
				() -> plans.addIntervention(trajectoryId, form, user));
	}

	@PostMapping(PLAN + "/interventies/{interventionId}/verwijdering")
	String remove(@PathVariable UUID trajectoryId, @PathVariable UUID interventionId,
			@Valid @ModelAttribute("step") PlanStepForm form, BindingResult errors, @AuthenticationPrincipal UserProfile user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "stepRefusal", request, model, redirect, "trajectory.intervention.removed",
				() -> plans.removeIntervention(trajectoryId, interventionId, Objects.requireNonNull(form.getVersion()),
						form.getReason(), user));
	}

	@PostMapping(PLAN + "/partnercheck")
	String partnerCheck(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("step") PlanStepForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return act(trajectoryId, errors, "stepRefusal", request, model, redirect, "trajectory.plan.sentToPartners",
				() -> plans.sendToPartnerCheck(trajectoryId, Objects.requireNonNull(form.getVersion()), user));
	}

	@PostMapping(PLAN + "/herziening")
	String revise(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("step") PlanStepForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "stepRefusal", request, model, redirect, "trajectory.plan.revised",
				() -> plans.revise(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), user));
	}

	@GetMapping(COMMITMENT)
	String commitment(@PathVariable UUID interventionId, @AuthenticationPrincipal UserProfile user, Model model) {
		model.addAttribute("request", plans.request(interventionId, user));
		if (!model.containsAttribute("commitment")) {
			model.addAttribute("commitment", new CommitmentForm());
		}
		model.addAttribute("answers", CommitmentForm.Answer.values());
		return "trajectories/commitment";
	}

	@PostMapping(COMMITMENT)
	String answer(@PathVariable UUID interventionId, @Valid @ModelAttribute("commitment") CommitmentForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return commitment(interventionId, user, model);
		}
		try {
			plans.answer(interventionId, form, user);
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute("commitmentRefusal", refused.rules());
			return commitment(interventionId, user, model);
		}
		redirect.addFlashAttribute("flash", form.getAnswer() == CommitmentForm.Answer.CONFIRM
				? "trajectory.commitment.confirmed" : "trajectory.commitment.counterProposed");
		return "redirect:" + COMMITMENT.replace("{interventionId}", interventionId.toString());
	}

	private String act(UUID trajectoryId, BindingResult errors, String refusalAttribute, HttpServletRequest request,
			Model model, RedirectAttributes redirect, String flash, Runnable change) {
		if (errors.hasErrors()) {
			return plan(trajectoryId, null, null, request, model);
		}
		try {
			change.run();
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute(refusalAttribute, refused.rules());
			return plan(trajectoryId, null, null, request, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + TrajectoryPages.ROOT + "/" + trajectoryId + "/plan";
	}
}
