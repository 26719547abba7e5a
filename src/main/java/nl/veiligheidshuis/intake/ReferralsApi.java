package nl.veiligheidshuis.intake;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.ProblemTitles;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * Referrals and signals over the API, with the same rules as the pages: the caller's organisation is the
 * referrer, a caller sees only the referrals it may see (404 otherwise), the secretariat and house manager
 * decide. Invalid input: 400 listing every invalid field.
 */
@RestController
@Tag(name = "aanmeldingen", description = "Aanmeldingen en signalen van partners, en de triage door het bedrijfsbureau")
class ReferralsApi {

	static final String PATH = ApiPaths.V1 + "/referrals";

	record Created(String id, String reference, ReferralStatus status) {
	}

	record ReferralList(List<ReferralSummary> referrals) {
	}

	private final Referrals referrals;
	private final ProblemTitles titles;

	ReferralsApi(Referrals referrals, ProblemTitles titles) {
		this.referrals = referrals;
		this.titles = titles;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een persoon aanmelden of een signaal doorgeven namens de eigen organisatie")
	ResponseEntity<Created> submit(@Valid @RequestBody ReferralForm form, @AuthenticationPrincipal UserProfile caller) {
		Referrals.Received received = referrals.submit(form.toSubmission(), caller);
		return ResponseEntity.created(URI.create(PATH + "/" + received.id()))
			.body(new Created(received.id().toString(), received.reference(), ReferralStatus.OPEN));
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De aanmeldingen die u mag zien: alle voor het bedrijfsbureau en de manager, anders die van uw organisatie")
	ReferralList list() {
		return new ReferralList(referrals.visible());
	}

	@GetMapping(path = PATH + "/{referralId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén aanmelding met het besluit van de triage")
	Referral referral(@PathVariable UUID referralId) {
		return referrals.find(referralId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping(path = PATH + "/{referralId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Triagebesluit: accepteren, doorverwijzen of afwijzen, met reden (bedrijfsbureau en manager)")
	ResponseEntity<Void> decide(@PathVariable UUID referralId, @Valid @RequestBody TriageForm form,
			@AuthenticationPrincipal UserProfile caller) {
		if (!referrals.decide(referralId, form.toDecision(), caller)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(Referrals.NotOpen.class)
	ResponseEntity<ProblemDetail> alreadyDecided() {
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(titles.problem(HttpStatus.CONFLICT));
	}
}
