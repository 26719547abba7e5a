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
 * {@code /api/v1/trajectories}: the trajectories the caller may see, one with its timeline, start,
 * (re)assignment and closure. Need-to-know: a trajectory the caller may not read answers 404 on every path
 * ({@code privacy.TrajectoryScope}). Invalid input: 400 listing every invalid field; a broken rule (start
 * rules, the transition table, a stale {@code version}): 409 listing every violated rule in {@code violatedRules}.
 */
@RestController
@Tag(name = "trajecten", description = "Trajecten van de persoonsgerichte aanpak: start, toewijzing, afsluiting, tijdlijn")
class TrajectoriesApi {

	static final String PATH = ApiPaths.V1 + "/trajectories";

	record TrajectoryList(List<TrajectorySummary> trajectories) {
	}

	private final Trajectories trajectories;
	TrajectoriesApi(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De trajecten die u mag zien (need-to-know), nieuwste eerst; filter op stand",
			description = "dateOfBirth is null en dateOfBirthShared false als het privacyconvenant identificerende "
					+ "gegevens niet met uw organisatie deelt.")
	TrajectoryList list(@RequestParam(required = false) @Nullable TrajectoryState state) {
		return new TrajectoryList(trajectories.visible(state, null));
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Traject starten voor een persoon op de geprioriteerde lijst (personId), of met spoed vanuit een "
			+ "geaccepteerde aanmelding (referralId, met reden); alleen de manager")
	ResponseEntity<TrajectoryDossier> start(@Valid @RequestBody StartForm form, @AuthenticationPrincipal UserProfile caller) {
		UUID id = trajectories.start(form.toCommand(), caller);
		return ResponseEntity.created(URI.create(PATH + "/" + id)).body(trajectories.dossier(id));
	}

	@GetMapping(path = PATH + "/{trajectoryId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén traject met deelnemende partners en de tijdlijn",
			description = "Dataminimalisatie per veld: deelt het privacyconvenant een categorie gegevens niet met uw "
					+ "organisatie, dan is het veld null (dateOfBirth: IDENTITY) en staat de categorie in notShared.")
	TrajectoryDossier trajectory(@PathVariable UUID trajectoryId) {
		return trajectories.dossier(trajectoryId);
	}

	@PostMapping(path = PATH + "/{trajectoryId}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Traject toewijzen of overdragen aan een interventiemanager (manager); version = de versie die u zag")
	TrajectoryDossier assign(@PathVariable UUID trajectoryId, @Valid @RequestBody AssignmentForm form,
			@AuthenticationPrincipal UserProfile caller) {
		trajectories.assign(trajectoryId, Objects.requireNonNull(form.getVersion()),
				Objects.requireNonNull(form.getInterventionManagerId()), form.getReason(), caller);
		return trajectories.dossier(trajectoryId);
	}

	@PostMapping(path = PATH + "/{trajectoryId}/closure", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Traject afsluiten met een reden (interventiemanager of manager); version = de versie die u zag")
	TrajectoryDossier close(@PathVariable UUID trajectoryId, @Valid @RequestBody ClosureForm form,
			@AuthenticationPrincipal UserProfile caller) {
		trajectories.close(trajectoryId, Objects.requireNonNull(form.getVersion()),
				Objects.requireNonNull(form.getReason()), form.getExplanation(), caller);
		return trajectories.dossier(trajectoryId);
	}
}
