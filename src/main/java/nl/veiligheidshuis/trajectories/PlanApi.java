package nl.veiligheidshuis.trajectories;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * Assessment, intervention plan and partner check of a trajectory, and the owner partner's commitment.
 * Trajectory paths are need-to-know through {@code privacy.TrajectoryScope} (404 for who may not read);
 * {@code /api/v1/interventions/{interventionId}/commitment} is 404 for anyone but a professional of the
 * intervention's owner partner. Invalid input: 400 listing every invalid field; a broken rule: 409 listing
 * every violated rule (an uncovered deficit as {@code trajectory.rule.uncovered.<LIFE_DOMAIN>}).
 */
@RestController
@Tag(name = "maatwerkplan", description = "Diagnose, maatwerkplan en de check bij partners (toezeggingen)")
class PlanApi {

	static final String TRAJECTORY = TrajectoriesApi.PATH + "/{trajectoryId}";
	static final String COMMITMENT = ApiPaths.V1 + "/interventions/{interventionId}/commitment";

	record AssessmentList(List<AssessmentSummary> assessments) {
	}

	private final Assessments assessments;
	private final InterventionPlans plans;

	PlanApi(Assessments assessments, InterventionPlans plans) {
		this.assessments = assessments;
		this.plans = plans;
	}

	@GetMapping(path = TRAJECTORY + "/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De diagnoses van een traject, nieuwste eerst; de inhoud (details) alleen voor wie die mag zien")
	AssessmentList assessments(@PathVariable UUID trajectoryId) {
		return new AssessmentList(assessments.of(trajectoryId));
	}

	@PostMapping(path = TRAJECTORY + "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Uitslag van een diagnose-instrument vastleggen (RISc, ZRM; minderjarigen: LIJ, Raad voor de "
			+ "Kinderbescherming of jeugdzorg); de interventiemanager; version = de versie van het traject die u zag")
	ResponseEntity<AssessmentList> record(@PathVariable UUID trajectoryId, @Valid @RequestBody AssessmentForm form,
			@AuthenticationPrincipal UserProfile caller) {
		UUID id = assessments.record(trajectoryId, Objects.requireNonNull(form.getVersion()), Assessments.Command.of(form),
				caller);
		return ResponseEntity.created(URI.create(TrajectoriesApi.PATH + "/" + trajectoryId + "/assessments#" + id))
			.body(new AssessmentList(assessments.of(trajectoryId)));
	}

	@PostMapping(path = TRAJECTORY + "/assessments/{assessmentId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De tekorten van de laatste diagnose bevestigen (zoals voorgesteld of gewijzigd); daarna volgt het maatwerkplan")
	AssessmentList confirm(@PathVariable UUID trajectoryId, @PathVariable UUID assessmentId,
			@Valid @RequestBody DeficitsForm form, @AuthenticationPrincipal UserProfile caller) {
		assessments.confirm(trajectoryId, assessmentId, java.util.Set.copyOf(form.getDeficits()),
				Objects.requireNonNull(form.getVersion()), caller);
		return new AssessmentList(assessments.of(trajectoryId));
	}

	@GetMapping(path = TRAJECTORY + "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Het maatwerkplan: de huidige versie (of ?version=n), alle versies en de toezeggingen")
	InterventionPlan plan(@PathVariable UUID trajectoryId, @RequestParam(required = false) @Nullable Integer version) {
		return plans.plan(trajectoryId, version);
	}

	@PostMapping(path = TRAJECTORY + "/plan/interventions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Interventie toevoegen (een nieuwe versie van het plan); de eigenaar gaat deelnemen aan het traject")
	ResponseEntity<InterventionPlan> addIntervention(@PathVariable UUID trajectoryId, @Valid @RequestBody InterventionForm form,
			@AuthenticationPrincipal UserProfile caller) {
		UUID id = plans.addIntervention(trajectoryId, form, caller);
		return ResponseEntity.created(URI.create(ApiPaths.V1 + "/interventions/" + id + "/commitment"))
			.body(plans.plan(trajectoryId, null));
	}

	@PostMapping(path = TRAJECTORY + "/plan/interventions/{interventionId}/removal",
			consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Interventie uit het plan halen (een nieuwe versie), met een reden")
	InterventionPlan removeIntervention(@PathVariable UUID trajectoryId, @PathVariable UUID interventionId,
			@Valid @RequestBody PlanStepForm form, @AuthenticationPrincipal UserProfile caller) {
		plans.removeIntervention(trajectoryId, interventionId, Objects.requireNonNull(form.getVersion()), form.getReason(),
				caller);
		return plans.plan(trajectoryId, null);
	}

	@PostMapping(path = TRAJECTORY + "/plan/partner-check", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Plan naar de check bij partners: 409 met elk tekort zonder interventie en ontbrekende trajectbegeleiding")
	InterventionPlan partnerCheck(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanStepForm form,
			@AuthenticationPrincipal UserProfile caller) {
		plans.sendToPartnerCheck(trajectoryId, Objects.requireNonNull(form.getVersion()), caller);
		return plans.plan(trajectoryId, null);
	}

	@PostMapping(path = TRAJECTORY + "/plan/revision", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Plan terug van de check bij partners naar het maatwerkplan; open verzoeken vervallen")
	InterventionPlan revise(@PathVariable UUID trajectoryId, @Valid @RequestBody PlanStepForm form,
			@AuthenticationPrincipal UserProfile caller) {
		plans.revise(trajectoryId, Objects.requireNonNull(form.getVersion()), form.getReason(), caller);
		return plans.plan(trajectoryId, null);
	}

	@GetMapping(path = COMMITMENT, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Een interventie van uw organisatie en het open verzoek om toezegging")
	CommitmentRequest commitment(@PathVariable UUID interventionId, @AuthenticationPrincipal UserProfile caller) {
		return plans.request(interventionId, caller);
	}

	@PostMapping(path = COMMITMENT, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Toezeggen dat uw organisatie de interventie op de geplande start kan leveren, of een andere "
			+ "startdatum voorstellen (het plan verandert en u wordt opnieuw gevraagd)")
	CommitmentRequest answer(@PathVariable UUID interventionId, @Valid @RequestBody CommitmentForm form,
			@AuthenticationPrincipal UserProfile caller) {
		plans.answer(interventionId, form, caller);
		return plans.request(interventionId, caller);
	}
}
