package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.identity.SignedInUser;

/**
 * The functional administrator's view of the audit log: the latest records, newest first, and a button
 * that verifies the whole chain. Viewing and verifying are audited themselves; so is a refused attempt.
 */
@Controller
@RequestMapping("/beheer/auditlog")
class AuditLogController {

	static final int PAGE_SIZE = 50;
	static final String OBJECT_TYPE = "audit-log";

	private final AuditRecords records;
	private final AuditChainVerifier verifier;
	private final AuditLog auditLog;
	private final DateTimeFormatter timeFormat;

	AuditLogController(AuditRecords records, AuditChainVerifier verifier, AuditLog auditLog, Clock clock) {
		this.records = records;
		this.verifier = verifier;
		this.auditLog = auditLog;
		// Stored in UTC, shown in the house's time zone.
		this.timeFormat = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(clock.getZone());
	}

	@GetMapping
	String show(@RequestParam(name = "pagina", defaultValue = "1") int requestedPage,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		int page = Math.max(1, requestedPage);
		AuditEntry viewing = AuditEntry.of(AuditAction.READ, ProcessingPurpose.AUDIT_SUPERVISION, OBJECT_TYPE, page);
		requireAdministrator(user, viewing);
		List<AuditRecord> found = records.newestFirst((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		auditLog.record(viewing);
		model.addAttribute("records", found.subList(0, Math.min(PAGE_SIZE, found.size())));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		model.addAttribute("timeFormat", timeFormat);
		return "privacy/auditlog";
	}

	@PostMapping("/controle")
	String verify(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		AuditEntry verifying = AuditEntry.of(AuditAction.READ, ProcessingPurpose.AUDIT_SUPERVISION, OBJECT_TYPE,
				"verification");
		requireAdministrator(user, verifying);
		AuditChainVerification verification = verifier.verify();
		auditLog.record(verifying);
		redirect.addFlashAttribute("verificationIntact", verification.isIntact());
		redirect.addFlashAttribute("verificationMessage", verifier.describe(verification));
		return "redirect:/beheer/auditlog";
	}

	private void requireAdministrator(SignedInUser user, AuditEntry attempt) {
		if (!user.roles().contains(Role.FUNCTIONAL_ADMINISTRATOR)) {
			auditLog.record(attempt.denied());
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
