package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.platform.PdfRendering;
import nl.veiligheidshuis.privacy.SubjectRequest.Kind;

/**
 * Pages of the secretariat and the house manager for legal holds and requests of data subjects. Anyone else gets
 * 404 (and an audit record of the refusal). Names of persons are shown and that reading is audited.
 */
@Controller
@RequestMapping("/privacy")
class PrivacyOperationsPages {

	/** The form of a legal hold. */
	public static class HoldForm {

		private @Nullable UUID personId;
		private String reason = "";

		public @Nullable UUID getPersonId() {
			return personId;
		}

		public void setPersonId(@Nullable UUID personId) {
			this.personId = personId;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	/** The form of a request. */
	public static class RequestForm {

		private @Nullable Kind kind = Kind.ACCESS;
		private @Nullable UUID personId;
		private @Nullable LocalDate receivedOn;
		private String request = "";

		public @Nullable Kind getKind() {
			return kind;
		}

		public void setKind(@Nullable Kind kind) {
			this.kind = kind;
		}

		public @Nullable UUID getPersonId() {
			return personId;
		}

		public void setPersonId(@Nullable UUID personId) {
			this.personId = personId;
		}

		public @Nullable LocalDate getReceivedOn() {
			return receivedOn;
		}

		public void setReceivedOn(@Nullable LocalDate receivedOn) {
			this.receivedOn = receivedOn;
		}

		public String getRequest() {
			return request;
		}

		public void setRequest(String request) {
			this.request = request;
		}
	}

	/** A hold or request with the person's current name. */
	record Named<T>(T value, String name) {
	}

	private final LegalHolds holds;
	private final SubjectRequests requests;
	private final SubjectAccess access;
	private final DataSubjects subjects;
	private final AuditLog auditLog;
	private final PdfRendering pdfs;
	private final Clock clock;

	PrivacyOperationsPages(LegalHolds holds, SubjectRequests requests, SubjectAccess access, DataSubjects subjects,
			AuditLog auditLog, PdfRendering pdfs, Clock clock) {
		this.holds = holds;
		this.requests = requests;
		this.access = access;
		this.subjects = subjects;
		this.auditLog = auditLog;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@GetMapping("/bewaarplichten")
	String holds(@AuthenticationPrincipal SignedInUser user, Model model) {
		require(user, LegalHolds.AUDIT_OBJECT);
		if (!model.containsAttribute("holdForm")) {
			model.addAttribute("holdForm", new HoldForm());
		}
		List<LegalHold> active = holds.active();
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, LegalHolds.AUDIT_OBJECT,
				null).concerning(active.stream().map(LegalHold::personId).toList()));
		model.addAttribute("holds", active.stream().map(hold -> new Named<>(hold, name(hold.personId()))).toList());
		return "privacy/legal-holds";
	}

	@PostMapping("/bewaarplichten")
	String place(@ModelAttribute("holdForm") HoldForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		require(user, LegalHolds.AUDIT_OBJECT);
		try {
			holds.place(form.getPersonId(), form.getReason(), user);
		}
		catch (PrivacyRefused refused) {
			refused.problems().forEach((field, key) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, key);
				}
			});
			return holds(user, model);
		}
		redirect.addFlashAttribute("flash", "legalHold.placed");
		return "redirect:/privacy/bewaarplichten";
	}

	@PostMapping("/bewaarplichten/{id}/opheffen")
	String lift(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		require(user, LegalHolds.AUDIT_OBJECT);
		if (!holds.lift(id, user)) {
			throw new SubjectRequestNotFound();
		}
		redirect.addFlashAttribute("flash", "legalHold.lifted");
		return "redirect:/privacy/bewaarplichten";
	}

	@GetMapping("/verzoeken")
	String requests(@AuthenticationPrincipal SignedInUser user, Model model) {
		require(user, SubjectRequests.AUDIT_OBJECT);
		if (!model.containsAttribute("requestForm")) {
			RequestForm form = new RequestForm();
			form.setReceivedOn(LocalDate.now(clock));
			model.addAttribute("requestForm", form);
		}
		List<SubjectRequest> all = requests.all();
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH,
				SubjectRequests.AUDIT_OBJECT, null).concerning(all.stream().map(SubjectRequest::personId).toList()));
		model.addAttribute("requests", all.stream().map(r -> new Named<>(r, name(r.personId()))).toList());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "privacy/subject-requests";
	}

	@PostMapping("/verzoeken")
	String register(@ModelAttribute("requestForm") RequestForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		require(user, SubjectRequests.AUDIT_OBJECT);
		if (errors.hasFieldErrors("receivedOn")) {
			form.setReceivedOn(null);
		}
		SubjectRequest created;
		try {
			created = requests.register(form.getKind(), form.getPersonId(), form.getReceivedOn(), form.getRequest(), user);
		}
		catch (PrivacyRefused refused) {
			refused.problems().forEach((field, key) -> {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, key);
				}
			});
			return requests(user, model);
		}
		redirect.addFlashAttribute("flash", "subjectRequest.registered");
		return "redirect:/privacy/verzoeken/" + created.id();
	}

	@GetMapping("/verzoeken/{id}")
	String request(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
		require(user, SubjectRequests.AUDIT_OBJECT);
		SubjectRequest request = requests.find(id).orElseThrow(SubjectRequestNotFound::new);
		requests.audit(AuditAction.READ, request);
		model.addAttribute("request", request);
		model.addAttribute("name", name(request.personId()));
		return "privacy/subject-request";
	}

	@GetMapping("/verzoeken/{id}/inzage.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
		require(user, SubjectRequests.AUDIT_OBJECT);
		requests.find(id).orElseThrow(SubjectRequestNotFound::new);
		SubjectAccess.Export export = access.export(id, user, "pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inzage-" + id + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdfs.render("privacy/subject-access-export", Map.of("export", export)));
	}

	private String name(UUID person) {
		return subjects.displayName(person).orElse("");
	}

	private void require(SignedInUser user, String objectType) {
		if (!SubjectRequests.mayHandle(user)) {
			auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, objectType, null)
				.denied());
			throw new SubjectRequestNotFound();
		}
	}
}
