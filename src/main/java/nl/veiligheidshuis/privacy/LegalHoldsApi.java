package nl.veiligheidshuis.privacy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

/** Legal holds through the API, for the secretariat and the house manager. */
@RestController
@Tag(name = "bewaarplichten", description = "Bewaarplichten: wissen van een persoon stoppen, met reden")
class LegalHoldsApi {

	static final String PATH = ApiPaths.V1 + "/legal-holds";

	record PlaceRequest(@Nullable UUID personId, @Nullable String reason) {
	}

	private final LegalHolds holds;
	private final AuditLog auditLog;

	LegalHoldsApi(LegalHolds holds, AuditLog auditLog) {
		this.holds = holds;
		this.auditLog = auditLog;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Bewaarplicht opleggen voor een persoon (reden 10–1000 tekens)")
	ResponseEntity<LegalHold> place(@RequestBody PlaceRequest body, @AuthenticationPrincipal SignedInUser user) {
		require(user, AuditAction.CREATE);
		LegalHold hold = holds.place(body.personId(), body.reason(), user);
		return ResponseEntity.created(URI.create(PATH + "/" + hold.id())).body(hold);
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De bewaarplichten die gelden")
	List<LegalHold> active(@AuthenticationPrincipal SignedInUser user) {
		require(user, AuditAction.READ);
		List<LegalHold> active = holds.active();
		auditLog.record(AuditEntry.of(AuditAction.READ, ProcessingPurpose.PERSON_CENTRED_APPROACH, LegalHolds.AUDIT_OBJECT,
				null).concerning(active.stream().map(LegalHold::personId).toList()));
		return active;
	}

	@PostMapping(path = PATH + "/{id}/lifting")
	@Operation(summary = "Bewaarplicht opheffen; de volgende run van de bewaartermijnen beslist opnieuw")
	ResponseEntity<Void> lift(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
		require(user, AuditAction.UPDATE);
		if (!holds.lift(id, user)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}

	private void require(SignedInUser user, AuditAction action) {
		if (!SubjectRequests.mayHandle(user)) {
			auditLog.record(AuditEntry.of(action, ProcessingPurpose.PERSON_CENTRED_APPROACH, LegalHolds.AUDIT_OBJECT, null)
				.denied());
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
