package nl.veiligheidshuis.trajectories;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.PdfRendering;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingPurpose;
import nl.veiligheidshuis.privacy.TrajectoryRights;

/**
 * The page "Aanbod en uitvoering" of a trajectory: the offer and its answer (acceptance with both signatures and
 * an optional scanned signed contract, or refusal), the contract download, the interventions with their status,
 * drop-out, the measures of pressure and coercion, the progress reports and the deadlines, with the forms the
 * user's rights allow; and the dossier printed to PDF (audited as an export; assessment details only for who
 * may read them). Post/Redirect/Get; a refused change shows the page again with every rule and the input kept.
 */
@Controller
@PreAuthorize(Trajectories.MAY_LIST)
class ExecutionPages {

	static final String EXECUTION = TrajectoryPages.DOSSIER + "/uitvoering";

	private final Trajectories trajectories;
	private final Contracts contracts;
	private final Execution execution;
	private final InterventionPlans plans;
	private final Assessments assessments;
	private final PartnerOrganisations partners;
	private final PdfRendering pdfs;
	private final Documents documents;
	private final AuditLog auditLog;
	private final Clock clock;

	ExecutionPages(Trajectories trajectories, Contracts contracts, Execution execution, InterventionPlans plans,
			Assessments assessments, PartnerOrganisations partners, PdfRendering pdfs, Documents documents,
			AuditLog auditLog, Clock clock) {
		this.trajectories = trajectories;
		this.contracts = contracts;
		this.execution = execution;
		this.plans = plans;
		this.assessments = assessments;
		this.partners = partners;
		this.pdfs = pdfs;
		this.documents = documents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@GetMapping(EXECUTION)
	String page(@PathVariable UUID trajectoryId, HttpServletRequest request, Model model) {
		TrajectoryDossier dossier = trajectories.dossier(trajectoryId);
		ExecutionOverview overview = execution.overview(trajectoryId);
		TrajectoryRights rights = TrajectoryPages.rights(request);
		TrajectoryState state = dossier.state();
		boolean editable = rights.edit() && dossier.open();
		model.addAttribute("dossier", dossier);
		model.addAttribute("overview", overview);
		model.addAttribute("rights", rights);
		model.addAttribute("mayOffer", rights.offer() && Transition.OFFER.allowedFrom(state)
				&& plans.allCommitmentsConfirmed(trajectoryId));
		model.addAttribute("mayAnswer", rights.offer() && state == TrajectoryState.OFFERED);
		model.addAttribute("mayChangeStatus", editable && Execution.RUNNING.contains(state));
		model.addAttribute("mayDropOut", editable && state == TrajectoryState.IN_EXECUTION);
		model.addAttribute("mayEscalate", editable && state == TrajectoryState.ESCALATED);
		model.addAttribute("mayRevise", editable && state == TrajectoryState.ESCALATED);
		model.addAttribute("mayReport", editable && (state == TrajectoryState.IN_EXECUTION
				|| state == TrajectoryState.AFTERCARE));
		model.addAttribute("mayComplete", editable && state == TrajectoryState.IN_EXECUTION);
		model.addAttribute("mayStartAftercare", editable && state == TrajectoryState.COMPLETED);
		model.addAttribute("statuses", List.of(InterventionStatus.STARTED, InterventionStatus.COMPLETED,
				InterventionStatus.STOPPED));
		model.addAttribute("measureKinds", List.of(InterventionKind.PRESSURE, InterventionKind.COERCION));
		model.addAttribute("lifeDomains", LifeDomain.values());
		model.addAttribute("maxDocumentSize", documents.maxSize().toMegabytes());
		model.addAttribute("measureOwners", partners.all().stream()
			.filter(p -> Execution.MEASURE_OWNERS.contains(p.type()))
			.map(p -> new TrajectoryPages.Option(p.id().value().toString(), p.name())).toList());
		long version = dossier.version();
		LocalDate today = LocalDate.now(clock);
		addForm(model, "step", () -> {
			PlanStepForm form = new PlanStepForm();
			form.setVersion(version);
			return form;
		});
		addForm(model, "acceptance", () -> {
			AcceptanceForm form = new AcceptanceForm();
			form.setVersion(version);
			form.setAcceptedOn(today);
			return form;
		});
		addForm(model, "reason", () -> {
			ReasonForm form = new ReasonForm();
			form.setVersion(version);
			return form;
		});
		addForm(model, "statusChange", () -> {
			InterventionStatusForm form = new InterventionStatusForm();
			form.setVersion(version);
			return form;
		});
		addForm(model, "measure", () -> {
			EscalationMeasureForm form = new EscalationMeasureForm();
			form.setVersion(version);
			form.setStartsOn(today);
			return form;
		});
		addForm(model, "outcome", () -> {
			MeasureOutcomeForm form = new MeasureOutcomeForm();
			form.setVersion(version);
			return form;
		});
		addForm(model, "progress", () -> {
			ProgressReportForm form = new ProgressReportForm();
			form.setVersion(version);
			form.setReportedOn(today);
			return form;
		});
		return "trajectories/execution";
	}

	private static void addForm(Model model, String name, java.util.function.Supplier<Object> form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form.get());
		}
	}

	@PostMapping(EXECUTION + "/aanbod")
	String offer(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("step") PlanStepForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "offerRefusal", request, model, redirect, "trajectory.offer.offered",
				() -> contracts.offer(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), user));
	}

	@PostMapping(EXECUTION + "/aanvaarding")
	String accept(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("acceptance") AcceptanceForm form,
			BindingResult errors, @RequestParam(name = "signedScan", required = false) @Nullable MultipartFile scan,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "acceptanceRefusal", request, model, redirect, "trajectory.offer.accepted",
				() -> contracts.accept(trajectoryId, form, scanOf(scan), user));
	}

	private static Contracts.@Nullable Scan scanOf(@Nullable MultipartFile upload) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			return new Contracts.Scan(Objects.requireNonNullElse(upload.getOriginalFilename(), "contract.pdf"),
					upload.getBytes());
		}
		catch (IOException unreadable) {
			return new Contracts.Scan("contract.pdf", new byte[0]);
		}
	}

	@PostMapping(EXECUTION + "/weigering")
	String refuse(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("reason") ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "refusalRefusal", request, model, redirect, "trajectory.offer.refused",
				() -> contracts.refuse(trajectoryId, Objects.requireNonNull(form.getVersion()),
						Objects.requireNonNull(form.getReason()), user));
	}

	@PostMapping(EXECUTION + "/interventiestand")
	String status(@PathVariable UUID trajectoryId, @RequestParam(name = "interventionId") UUID interventionId,
			@Valid @ModelAttribute("statusChange") InterventionStatusForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "statusRefusal", request, model, redirect, "trajectory.intervention.statusChanged",
				() -> execution.changeStatus(trajectoryId, interventionId, form, user));
	}

	@PostMapping(EXECUTION + "/afhaken")
	String dropOut(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("reason") ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "dropOutRefusal", request, model, redirect, "trajectory.execution.droppedOut",
				() -> execution.dropOut(trajectoryId, Objects.requireNonNull(form.getVersion()),
						Objects.requireNonNull(form.getReason()), user));
	}

	@PostMapping(EXECUTION + "/maatregelen")
	String measure(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("measure") EscalationMeasureForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return act(trajectoryId, errors, "measureRefusal", request, model, redirect, "trajectory.escalation.recorded",
				() -> execution.addMeasure(trajectoryId, form, user));
	}

	@PostMapping(EXECUTION + "/maatregeluitkomst")
	String outcome(@PathVariable UUID trajectoryId, @RequestParam(name = "measureId") UUID measureId,
			@Valid @ModelAttribute("outcome") MeasureOutcomeForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "outcomeRefusal", request, model, redirect, "trajectory.escalation.outcomeRecorded",
				() -> execution.recordOutcome(trajectoryId, measureId, form, user));
	}

	@PostMapping(EXECUTION + "/voortgang")
	String progress(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("progress") ProgressReportForm form,
			BindingResult errors, @AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		return act(trajectoryId, errors, "progressRefusal", request, model, redirect, "trajectory.progress.recorded",
				() -> execution.report(trajectoryId, form, user));
	}

	@PostMapping(EXECUTION + "/afronding")
	String complete(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("step") PlanStepForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "completionRefusal", request, model, redirect, "trajectory.execution.completed",
				() -> execution.complete(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), user));
	}

	@PostMapping(EXECUTION + "/nazorg")
	String aftercare(@PathVariable UUID trajectoryId, @Valid @ModelAttribute("step") PlanStepForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return act(trajectoryId, errors, "aftercareRefusal", request, model, redirect, "trajectory.execution.aftercare",
				() -> execution.startAftercare(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(),
						user));
	}

	@GetMapping(TrajectoryPages.DOSSIER + "/contract")
	ResponseEntity<byte[]> contract(@PathVariable UUID trajectoryId) {
		return ExecutionApi.pdf(contracts.contract(trajectoryId), "contract.pdf");
	}

	@GetMapping(TrajectoryPages.DOSSIER + "/contract/scan")
	ResponseEntity<byte[]> scan(@PathVariable UUID trajectoryId) {
		return ExecutionApi.pdf(contracts.signedScan(trajectoryId), "contract-getekend.pdf");
	}

	/** The whole dossier as a PDF: audited as an export; assessment details only with the right to read them. */
	@GetMapping(TrajectoryPages.DOSSIER + "/afdruk")
	ResponseEntity<byte[]> print(@PathVariable UUID trajectoryId) {
		TrajectoryDossier dossier = trajectories.dossier(trajectoryId);
		Map<String, Object> contents = new HashMap<>();
		contents.put("dossier", dossier);
		contents.put("assessments", assessments.of(trajectoryId));
		contents.put("plan", plans.plan(trajectoryId, null));
		contents.put("overview", execution.overview(trajectoryId));
		byte[] pdf = pdfs.render("trajectories/dossier-pdf", contents);
		auditLog.record(AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.PERSON_CENTRED_APPROACH, "dossier-print",
				trajectoryId).concerning(dossier.personId()));
		return ExecutionApi.pdf(pdf, "dossier.pdf");
	}

	private String act(UUID trajectoryId, BindingResult errors, String refusalAttribute, HttpServletRequest request,
			Model model, RedirectAttributes redirect, String flash, Runnable change) {
		if (errors.hasErrors()) {
			return page(trajectoryId, request, model);
		}
		try {
			change.run();
		}
		catch (TrajectoryRefused refused) {
			model.addAttribute(refusalAttribute, refused.rules());
			return page(trajectoryId, request, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + TrajectoryPages.ROOT + "/" + trajectoryId + "/uitvoering";
	}
}
