package nl.veiligheidshuis.trajectories;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * Offer, contract, execution, escalation and progress of a trajectory. Every path has {@code {trajectoryId}}, so
 * {@code privacy.TrajectoryScope} answers 404 to whoever may not read the trajectory before anything runs.
 * Invalid input: 400 listing every invalid field; a broken rule: 409 listing every violated rule. Each answer
 * is the trajectory's {@link ExecutionOverview} (with {@code version} for the next step).
 */
@RestController
@Tag(name = "aanbod-en-uitvoering", description = "Aanbod en contract, uitvoering, drang en dwang, voortgang en nazorg")
class ExecutionApi {

	static final String TRAJECTORY = PlanApi.TRAJECTORY;

	private final Contracts contracts;
	private final Execution execution;

	ExecutionApi(Contracts contracts, Execution execution) {
		this.contracts = contracts;
		this.execution = execution;
	}

	@GetMapping(path = TRAJECTORY + "/execution", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Aanbod, contract, stand van de interventies, drang en dwang, voortgangsrapportages en termijnen")
	ExecutionOverview overview(@PathVariable UUID trajectoryId) {
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/offer", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Het plan aan de cliënt aanbieden; alleen als elke partner heeft toegezegd (409 met elke overtreden regel)")
	ExecutionOverview offer(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanStepForm form,
			@AuthenticationPrincipal UserProfile caller) {
		contracts.offer(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), caller);
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/offer/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De cliënt aanvaardt het aanbod (datum, getekend door cliënt en interventiemanager): het contract "
			+ "wordt gemaakt; de eerste interventie begint binnen 7 dagen")
	ResponseEntity<ExecutionOverview> accept(@PathVariable UUID trajectoryId, @Valid @RequestBody AcceptanceForm form,
			@AuthenticationPrincipal UserProfile caller) {
		contracts.accept(trajectoryId, form, null, caller);
		return ResponseEntity.created(URI.create(TrajectoriesApi.PATH + "/" + trajectoryId + "/contract"))
			.body(execution.overview(trajectoryId));
	}

	@PostMapping(path = TRAJECTORY + "/offer/refusal", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De cliënt weigert het aanbod (reden): het traject escaleert naar drang en dwang")
	ExecutionOverview refuse(@PathVariable UUID trajectoryId, @Valid @RequestBody ReasonForm form,
			@AuthenticationPrincipal UserProfile caller) {
		contracts.refuse(trajectoryId, Objects.requireNonNull(form.getVersion()), Objects.requireNonNull(form.getReason()),
				caller);
		return execution.overview(trajectoryId);
	}

	@GetMapping(path = TRAJECTORY + "/contract", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Het getekende contract (PDF), zoals gemaakt bij de aanvaarding; vastgelegd als export")
	ResponseEntity<byte[]> contract(@PathVariable UUID trajectoryId) {
		return pdf(contracts.contract(trajectoryId), "contract.pdf");
	}

	@PostMapping(path = TRAJECTORY + "/interventions/{interventionId}/status", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een interventie is gestart, afgerond of gestopt (met datums); de eerste start zet het traject in uitvoering")
	ExecutionOverview status(@PathVariable UUID trajectoryId, @PathVariable UUID interventionId,
			@Valid @RequestBody InterventionStatusForm form, @AuthenticationPrincipal UserProfile caller) {
		execution.changeStatus(trajectoryId, interventionId, form, caller);
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/drop-out", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De cliënt haakt af tijdens de uitvoering (reden): het traject escaleert naar drang en dwang")
	ExecutionOverview dropOut(@PathVariable UUID trajectoryId, @Valid @RequestBody ReasonForm form,
			@AuthenticationPrincipal UserProfile caller) {
		execution.dropOut(trajectoryId, Objects.requireNonNull(form.getVersion()), Objects.requireNonNull(form.getReason()),
				caller);
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/escalations", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een maatregel van drang of dwang, met eigenaar (OM of gemeente uit het partnerregister), datums en uitkomst")
	ResponseEntity<ExecutionOverview> escalation(@PathVariable UUID trajectoryId,
			@Valid @RequestBody EscalationMeasureForm form, @AuthenticationPrincipal UserProfile caller) {
		UUID id = execution.addMeasure(trajectoryId, form, caller);
		return ResponseEntity.created(URI.create(TrajectoriesApi.PATH + "/" + trajectoryId + "/escalations/" + id))
			.body(execution.overview(trajectoryId));
	}

	@PostMapping(path = TRAJECTORY + "/escalations/{measureId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De uitkomst van een maatregel van drang of dwang (en de einddatum)")
	ExecutionOverview outcome(@PathVariable UUID trajectoryId, @PathVariable UUID measureId,
			@Valid @RequestBody MeasureOutcomeForm form, @AuthenticationPrincipal UserProfile caller) {
		execution.recordOutcome(trajectoryId, measureId, form, caller);
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/progress-reports", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een voortgangsrapportage (datum, vrije tekst en/of tekst per leefgebied); de volgende is een "
			+ "interval later verschuldigd")
	ResponseEntity<ExecutionOverview> progress(@PathVariable UUID trajectoryId, @Valid @RequestBody ProgressReportForm form,
			@AuthenticationPrincipal UserProfile caller) {
		UUID id = execution.report(trajectoryId, form, caller);
		return ResponseEntity.created(URI.create(TrajectoriesApi.PATH + "/" + trajectoryId + "/progress-reports#" + id))
			.body(execution.overview(trajectoryId));
	}

	@PostMapping(path = TRAJECTORY + "/completion", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Het plan is uitgevoerd: elke interventie afgerond of gestopt")
	ExecutionOverview complete(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanStepForm form,
			@AuthenticationPrincipal UserProfile caller) {
		execution.complete(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), caller);
		return execution.overview(trajectoryId);
	}

	@PostMapping(path = TRAJECTORY + "/aftercare", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Nazorg begint, onder regie van de gemeente")
	ExecutionOverview aftercare(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanStepForm form,
			@AuthenticationPrincipal UserProfile caller) {
		execution.startAftercare(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), caller);
		return execution.overview(trajectoryId);
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
