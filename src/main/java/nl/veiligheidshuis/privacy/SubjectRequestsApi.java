package nl.veiligheidshuis.privacy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.PdfRendering;
import nl.veiligheidshuis.privacy.SubjectRequest.ErasureException;
import nl.veiligheidshuis.privacy.SubjectRequest.Kind;
import nl.veiligheidshuis.privacy.SubjectRequest.Status;

/**
 * Requests of data subjects through the API: the secretariat and the house manager register and handle them;
 * for anyone else a request does not exist (404), and registering is refused (403). Every refusal is audited.
 */
@RestController
@Tag(name = "inzageverzoeken", description = "Verzoeken van betrokkenen: inzage (AVG art. 15), rectificatie (16) en wissen (17)")
class SubjectRequestsApi {

	static final String PATH = ApiPaths.V1 + "/subject-access-requests";

	record RegisterRequest(@Nullable Kind kind, @Nullable UUID personId, @Nullable LocalDate receivedOn,
			@Nullable String request) {
	}

	record ExtensionRequest(@Nullable LocalDate extendedTo, @Nullable String reason) {
	}

	record DecisionRequest(@Nullable Status status, @Nullable String decision, @Nullable ErasureException legalGround) {
	}

	private final SubjectRequests requests;
	private final SubjectAccess access;
	private final PdfRendering pdfs;
	private final AuditLog auditLog;

	SubjectRequestsApi(SubjectRequests requests, SubjectAccess access, PdfRendering pdfs, AuditLog auditLog) {
		this.requests = requests;
		this.access = access;
		this.pdfs = pdfs;
		this.auditLog = auditLog;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Verzoek registreren (soort standaard ACCESS); de termijn is een maand na ontvangst")
	ResponseEntity<SubjectRequest> register(@RequestBody RegisterRequest body, @AuthenticationPrincipal SignedInUser user) {
		if (!SubjectRequests.mayHandle(user)) {
			deny(AuditAction.CREATE, null);
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		SubjectRequest created = requests.register(body.kind() == null ? Kind.ACCESS : body.kind(), body.personId(),
				body.receivedOn(), body.request(), user);
		return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
	}

	@GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een verzoek met de stappen van de afhandeling")
	SubjectRequest one(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
		SubjectRequest request = visible(id, user);
		requests.audit(AuditAction.READ, request);
		return request;
	}

	@PostMapping(path = PATH + "/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Termijn verlengen (tot ten hoogste drie maanden na ontvangst) met reden")
	SubjectRequest extend(@PathVariable UUID id, @RequestBody ExtensionRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		visible(id, user);
		return requests.extend(id, body.extendedTo(), body.reason(), user);
	}

	@PostMapping(path = PATH + "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Besluit vastleggen; een (deels) geweigerd wisverzoek noemt de uitzondering van art. 17 lid 3")
	SubjectRequest decide(@PathVariable UUID id, @RequestBody DecisionRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		visible(id, user);
		return requests.decide(id, body.status(), body.decision(), body.legalGround(), user);
	}

	@GetMapping(path = PATH + "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Alles wat over de persoon is vastgelegd, met bronnen, ontvangers, doelen en bewaartermijnen (JSON)")
	SubjectAccess.Export exportJson(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
		visible(id, user);
		return access.export(id, user, "json");
	}

	@GetMapping(path = PATH + "/{id}/export", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Hetzelfde overzicht als PDF")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
		visible(id, user);
		SubjectAccess.Export export = access.export(id, user, "pdf");
		byte[] pdf = pdfs.render("privacy/subject-access-export", Map.of("export", export));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inzage-" + id + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	private SubjectRequest visible(UUID id, SignedInUser user) {
		if (!SubjectRequests.mayHandle(user)) {
			deny(AuditAction.READ, id);
			throw new SubjectRequestNotFound();
		}
		return requests.find(id).orElseThrow(SubjectRequestNotFound::new);
	}

	private void deny(AuditAction action, @Nullable UUID id) {
		auditLog.record(AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, SubjectRequests.AUDIT_OBJECT, id)
			.denied()
			.forActivity(ProcessingActivities.PRIVACY_RIGHTS));
	}
}
