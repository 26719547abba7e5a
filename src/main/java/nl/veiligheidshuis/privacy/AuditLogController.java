package nl.veiligheidshuis.privacy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The functional administrator's review of the audit log: records newest first, filtered by user, person, action,
 * result, processing activity and period; the uses of break-glass to review; users who read unusually many persons'
 * data in one hour, flagged; an export of the selection as CSV; and a button that verifies the whole chain.
 * Viewing, exporting and verifying are audited themselves; so is a refused attempt.
 */
@Controller
@RequestMapping("/beheer/auditlog")
class AuditLogController {

	static final int PAGE_SIZE = 50;
	static final int EXPORT_LIMIT = 100_000;
	static final String OBJECT_TYPE = "audit-log";

	private final AuditRecords records;
	private final AuditChainVerifier verifier;
	private final AuditLog auditLog;
	private final DateTimeFormatter timeFormat;
	private final ZoneId zone;
	private final int unusualThreshold;

	AuditLogController(AuditRecords records, AuditChainVerifier verifier, AuditLog auditLog, Clock clock,
			@Value("${vh.audit.unusual-persons-per-hour:25}") int unusualThreshold) {
		this.records = records;
		this.verifier = verifier;
		this.auditLog = auditLog;
		this.zone = clock.getZone();
		// Stored in UTC, shown in the house's time zone.
		this.timeFormat = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(clock.getZone());
		this.unusualThreshold = unusualThreshold;
	}

	@GetMapping
	String show(@RequestParam(name = "pagina", defaultValue = "1") int requestedPage,
			@RequestParam(name = "gebruiker", required = false) @Nullable String actor,
			@RequestParam(name = "persoon", required = false) @Nullable String person,
			@RequestParam(name = "handeling", required = false) @Nullable String action,
			@RequestParam(name = "resultaat", required = false) @Nullable String result,
			@RequestParam(name = "activiteit", required = false) @Nullable String activity,
			@RequestParam(name = "van", required = false) @Nullable LocalDate from,
			@RequestParam(name = "tot", required = false) @Nullable LocalDate until,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		int page = Math.max(1, requestedPage);
		AuditEntry viewing = AuditEntry.of(AuditAction.READ, ProcessingPurpose.AUDIT_SUPERVISION, OBJECT_TYPE, page);
		requireAdministrator(user, viewing);
		UUID personId = parse(person);
		boolean personInvalid = person != null && !person.isBlank() && personId == null;
		AuditRecords.Filter filter = filter(actor, personId, action, result, activity, from, until);
		List<AuditRecord> found = records.matching(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		AuditRecords.Filter period = new AuditRecords.Filter(null, null, null, null, null,
				filter.from() != null ? filter.from() : LocalDate.now(zone).minusDays(7).atStartOfDay(zone).toInstant(),
				filter.until());
		auditLog.record(viewing);
		model.addAttribute("records", found.subList(0, Math.min(PAGE_SIZE, found.size())));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		model.addAttribute("timeFormat", timeFormat);
		model.addAttribute("unusual", records.unusualVolumes(period, unusualThreshold));
		model.addAttribute("unusualThreshold", unusualThreshold);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("results", AuditResult.values());
		model.addAttribute("gebruiker", actor == null ? "" : actor);
		model.addAttribute("persoon", person == null ? "" : person);
		model.addAttribute("personInvalid", personInvalid);
		model.addAttribute("handeling", action == null ? "" : action);
		model.addAttribute("resultaat", result == null ? "" : result);
		model.addAttribute("activiteit", activity == null ? "" : activity);
		model.addAttribute("van", from);
		model.addAttribute("tot", until);
		model.addAttribute("filterQuery", query(actor, person, action, result, activity, from, until));
		return "privacy/auditlog";
	}

	/** The selection as CSV (at most {@value #EXPORT_LIMIT} records); the export is itself an audited export. */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(name = "gebruiker", required = false) @Nullable String actor,
			@RequestParam(name = "persoon", required = false) @Nullable String person,
			@RequestParam(name = "handeling", required = false) @Nullable String action,
			@RequestParam(name = "resultaat", required = false) @Nullable String result,
			@RequestParam(name = "activiteit", required = false) @Nullable String activity,
			@RequestParam(name = "van", required = false) @Nullable LocalDate from,
			@RequestParam(name = "tot", required = false) @Nullable LocalDate until,
			@AuthenticationPrincipal SignedInUser user) {
		AuditEntry exporting = AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.AUDIT_SUPERVISION, OBJECT_TYPE, "csv");
		requireAdministrator(user, exporting);
		List<AuditRecord> selected = records.matching(filter(actor, parse(person), action, result, activity, from, until),
				0, EXPORT_LIMIT);
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder()
			.setHeader("sequence_number", "recorded_at", "actor_name", "actor_roles", "organisation_name", "on_behalf_of",
					"purpose", "processing_activity", "action", "object_type", "object_id", "person_id", "result",
					"origin", "trace_id", "hash")
			.get())) {
			for (AuditRecord r : selected) {
				printer.printRecord(r.sequenceNumber(), r.recordedAt(), r.actorName(), r.actorRoles(), r.organisationName(),
						r.onBehalfOf(), r.purpose(), r.processingActivity(), r.action(), r.objectType(), r.objectId(),
						r.personId(), r.result(), r.origin(), r.traceId(), r.hash());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		auditLog.record(AuditEntry.of(AuditAction.EXPORT, ProcessingPurpose.AUDIT_SUPERVISION, OBJECT_TYPE,
				"csv:" + selected.size()));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("auditlog.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
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

	private AuditRecords.Filter filter(@Nullable String actor, @Nullable UUID person, @Nullable String action,
			@Nullable String result, @Nullable String activity, @Nullable LocalDate from, @Nullable LocalDate until) {
		Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
		Instant end = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
		return new AuditRecords.Filter(actor, person, blank(action), blank(result), blank(activity), start, end);
	}

	/** The filter as query parameters after the first ({@code &name=value}), only those given, encoded. */
	private static String query(@Nullable String actor, @Nullable String person, @Nullable String action,
			@Nullable String result, @Nullable String activity, @Nullable LocalDate from, @Nullable LocalDate until) {
		StringBuilder query = new StringBuilder();
		String[][] pairs = { { "gebruiker", actor }, { "persoon", person }, { "handeling", action },
				{ "resultaat", result }, { "activiteit", activity }, { "van", from == null ? null : from.toString() },
				{ "tot", until == null ? null : until.toString() } };
		for (String[] pair : pairs) {
			if (pair[1] != null && !pair[1].isBlank()) {
				query.append('&').append(pair[0]).append('=')
					.append(java.net.URLEncoder.encode(pair[1].strip(), StandardCharsets.UTF_8));
			}
		}
		return query.toString();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static @Nullable UUID parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private void requireAdministrator(SignedInUser user, AuditEntry attempt) {
		if (!user.roles().contains(Role.FUNCTIONAL_ADMINISTRATOR)) {
			auditLog.record(attempt.denied());
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
