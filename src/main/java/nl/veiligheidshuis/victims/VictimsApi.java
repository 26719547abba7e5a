package nl.veiligheidshuis.victims;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligheidshuis.platform.ApiPaths;

/**
 * {@code /api/v1/incidents}, {@code /api/v1/victims}, {@code /api/v1/domestic-violence-cases} and
 * {@code /api/v1/early-signals}. Need-to-know as in {@link Victims}: a victim, incident, case or signal the caller
 * may not see answers 404 and is never listed. Invalid input: 400 problem+json listing every invalid field
 * ({@code invalidParams}) or every broken rule ({@code violatedRules}).
 */
@RestController
@Tag(name = "slachtoffers", description = "Incidenten, slachtoffers, steunaanbod, herhaald slachtofferschap, huiselijk geweld, vroegsignalering")
class VictimsApi {

	static final String INCIDENTS = ApiPaths.V1 + "/incidents";
	static final String VICTIMS = ApiPaths.V1 + "/victims";
	static final String CASES = ApiPaths.V1 + "/domestic-violence-cases";
	static final String SIGNALS = ApiPaths.V1 + "/early-signals";

	record IncidentRequest(@NotNull LocalDate occurredOn, @NotNull IncidentKind kind, @Nullable @Size(max = 4000) String description,
			@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull PersonRequest> persons) {
	}

	record PersonRequest(@NotNull IncidentRole role, @Nullable UUID personId, @Nullable @Size(max = 200) String givenNames,
			@Nullable @Size(max = 200) String surname, @Nullable LocalDate dateOfBirth) {
	}

	record SupportOfferRequest(@NotNull SupportKind kind, @Nullable UUID organisationId, @Nullable LocalDate offeredOn,
			@NotNull Consent consent) {
	}

	record OutcomeRequest(@NotNull Consent consent, @NotNull @Size(min = 1, max = 4000) String outcome) {
	}

	record CaseRequest(@NotNull UUID incidentId) {
	}

	record ConferenceRequest(@NotNull LocalDate heldOn) {
	}

	record AssessmentRequest(@NotNull Set<RiskFactor> factors, @Nullable LocalDate assessedOn) {
	}

	record AssessmentResult(RiskGrade grade) {
	}

	record SafetyPlanRequest(@NotNull @Size(min = 1, max = 20000) String plan) {
	}

	record OrderRequest(@NotNull UUID perpetratorId, @NotNull LocalDate imposedOn) {
	}

	record ExtensionRequest(@NotNull LocalDate endsOn) {
	}

	record SignalRequest(@NotNull SignalKind kind, @Nullable @Size(max = 200) String givenNames,
			@NotNull @Size(min = 1, max = 200) String surname, @NotNull LocalDate dateOfBirth, @NotNull LocalDate signalledOn,
			@NotNull @Size(min = 1, max = 4000) String description, @NotNull ReferralTarget referredTo) {
	}

	record SignalOutcomeRequest(@NotNull @Size(min = 1, max = 4000) String outcome) {
	}

	record EscalationRequest(@NotNull @Size(min = 1, max = 4000) String reason) {
	}

	record IncidentList(List<Victims.IncidentView> incidents) {
	}

	record VictimList(List<Victims.VictimSummary> victims) {
	}

	record CaseList(List<Victims.CaseSummary> cases) {
	}

	record SignalList(List<Victims.SignalView> signals) {
	}

	record Created(UUID id) {
	}

	private final Victims victims;

	VictimsApi(Victims victims) {
		this.victims = victims;
	}

	@GetMapping(path = INCIDENTS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De incidenten die u mag zien (eigen meldingen en incidenten van slachtoffers waarbij uw organisatie betrokken is)")
	IncidentList incidents() {
		return new IncidentList(victims.visibleIncidents());
	}

	@PostMapping(path = INCIDENTS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Incident registreren namens uw organisatie: datum, soort (o.a. huiselijk geweld), personen in hun rol (ten minste één slachtoffer)")
	ResponseEntity<Victims.IncidentView> record(@Valid @RequestBody IncidentRequest request) {
		UUID id = victims.recordIncident(new Victims.IncidentCommand(request.occurredOn(), request.kind(), request.description(),
				request.persons().stream().map(p -> new Victims.PersonInput(p.role(), p.personId(), p.givenNames(), p.surname(),
						p.dateOfBirth())).toList()));
		return ResponseEntity.created(URI.create(INCIDENTS + "/" + id)).body(victims.incident(id));
	}

	@GetMapping(path = INCIDENTS + "/{incidentId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén incident met de personen in hun rol")
	Victims.IncidentView incident(@PathVariable UUID incidentId) {
		return victims.incident(incidentId);
	}

	@GetMapping(path = VICTIMS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De slachtoffers die u mag zien met de vlag herhaald slachtofferschap; repeat=true: alleen herhaalde slachtoffers")
	VictimList victims(@RequestParam(defaultValue = "false") boolean repeat) {
		return new VictimList(victims.visibleVictims(repeat));
	}

	@GetMapping(path = VICTIMS + "/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén slachtoffer: vlag, incidenten, steunaanbod met instemming en uitkomst, casussen huiselijk geweld")
	Victims.VictimView victim(@PathVariable UUID personId) {
		return victims.victim(personId);
	}

	@GetMapping(path = VICTIMS + "/{personId}/support-offers", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Het steunaanbod aan een slachtoffer")
	List<Victims.SupportOfferView> supportOffers(@PathVariable UUID personId) {
		return victims.victim(personId).supportOffers();
	}

	@PostMapping(path = VICTIMS + "/{personId}/support-offers", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Steun aanbieden (verwijzing Slachtofferhulp, slachtoffergesprek, bemiddeling, dader-slachtofferconfrontatie) met instemming")
	ResponseEntity<Created> offer(@PathVariable UUID personId, @Valid @RequestBody SupportOfferRequest request) {
		UUID id = victims.offerSupport(personId, new Victims.SupportOfferCommand(request.kind(), request.organisationId(),
				request.offeredOn(), request.consent()));
		return ResponseEntity.created(URI.create(VICTIMS + "/" + personId + "/support-offers/" + id)).body(new Created(id));
	}

	@PutMapping(path = VICTIMS + "/{personId}/support-offers/{offerId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Instemming en uitkomst van een steunaanbod vastleggen")
	ResponseEntity<Void> outcome(@PathVariable UUID personId, @PathVariable UUID offerId,
			@Valid @RequestBody OutcomeRequest request) {
		victims.recordOutcome(personId, offerId, request.consent(), request.outcome());
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = CASES, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De casussen huiselijk geweld die u mag zien, met herhaalde casus en laatste risicoweging")
	CaseList cases() {
		return new CaseList(victims.visibleCases());
	}

	@PostMapping(path = CASES, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Casus huiselijk geweld openen vanuit een incident huiselijk geweld: pleger(s), slachtoffer(s) en kinderen samen")
	ResponseEntity<Victims.CaseView> openCase(@Valid @RequestBody CaseRequest request) {
		UUID id = victims.openCase(request.incidentId());
		return ResponseEntity.created(URI.create(CASES + "/" + id)).body(victims.caseView(id));
	}

	@GetMapping(path = CASES + "/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén casus huiselijk geweld: personen, incidenten, herhaalde casus, risicowegingen, veiligheidsplan, huisverboden")
	Victims.CaseView caseView(@PathVariable UUID caseId) {
		return victims.caseView(caseId);
	}

	@PutMapping(path = CASES + "/{caseId}/last-conference", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Datum van het laatste casusoverleg vastleggen (secretariaat); basis voor de herhaalde casus")
	Victims.CaseView conference(@PathVariable UUID caseId, @Valid @RequestBody ConferenceRequest request) {
		victims.recordConference(caseId, request.heldOn());
		return victims.caseView(caseId);
	}

	@PostMapping(path = CASES + "/{caseId}/risk-assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Risicoweging met de checklist vastleggen; hoog risico stelt een casusoverleg voor")
	ResponseEntity<AssessmentResult> assess(@PathVariable UUID caseId, @Valid @RequestBody AssessmentRequest request) {
		return ResponseEntity.status(201).body(new AssessmentResult(victims.assessRisk(caseId, request.factors(),
				request.assessedOn())));
	}

	@PutMapping(path = CASES + "/{caseId}/safety-plan", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Veiligheidsplan van het slachtoffer vastleggen")
	ResponseEntity<Void> safetyPlan(@PathVariable UUID caseId, @Valid @RequestBody SafetyPlanRequest request) {
		victims.recordSafetyPlan(caseId, request.plan());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = CASES + "/{caseId}/restraining-orders", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tijdelijk huisverbod vastleggen: tien dagen vanaf de dag van opleggen")
	ResponseEntity<Created> impose(@PathVariable UUID caseId, @Valid @RequestBody OrderRequest request) {
		return ResponseEntity.status(201).body(new Created(victims.imposeRestrainingOrder(caseId, request.perpetratorId(),
				request.imposedOn())));
	}

	@PostMapping(path = CASES + "/{caseId}/restraining-orders/{orderId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Huisverbod verlengen tot een latere dag, ten hoogste vier weken na de dag van opleggen")
	ResponseEntity<Void> extend(@PathVariable UUID caseId, @PathVariable UUID orderId,
			@Valid @RequestBody ExtensionRequest request) {
		victims.extendRestrainingOrder(caseId, orderId, request.endsOn());
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = SIGNALS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Vroegsignalen (first offenders, Halt) die u mag zien")
	SignalList signals() {
		return new SignalList(victims.visibleSignals());
	}

	@PostMapping(path = SIGNALS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Vroegsignaal registreren met verwijzing (Halt, jeugdzorg of geen); geen traject")
	ResponseEntity<Victims.SignalView> signal(@Valid @RequestBody SignalRequest request) {
		UUID id = victims.recordSignal(new Victims.SignalCommand(request.kind(), request.givenNames(), request.surname(),
				request.dateOfBirth(), request.signalledOn(), request.description(), request.referredTo()));
		return ResponseEntity.created(URI.create(SIGNALS + "/" + id)).body(victims.signal(id));
	}

	@GetMapping(path = SIGNALS + "/{signalId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén vroegsignaal")
	Victims.SignalView oneSignal(@PathVariable UUID signalId) {
		return victims.signal(signalId);
	}

	@PutMapping(path = SIGNALS + "/{signalId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Uitkomst van de verwijzing vastleggen")
	ResponseEntity<Void> signalOutcome(@PathVariable UUID signalId, @Valid @RequestBody SignalOutcomeRequest request) {
		victims.recordSignalOutcome(signalId, request.outcome());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = SIGNALS + "/{signalId}/escalation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Opschalen: de manager van het huis beslist over een traject")
	ResponseEntity<Void> escalate(@PathVariable UUID signalId, @Valid @RequestBody EscalationRequest request) {
		victims.escalateSignal(signalId, request.reason());
		return ResponseEntity.noContent().build();
	}
}
