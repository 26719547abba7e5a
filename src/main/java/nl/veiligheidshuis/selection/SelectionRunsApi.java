package nl.veiligheidshuis.selection;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.ProblemTitles;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * {@code /api/v1/selection-runs}: start a run (202, it continues in the background), follow it, and read
 * its ranked candidates with their score breakdown. For the secretariat and the house manager.
 */
@RestController
@Tag(name = "selectie", description = "Selectieruns: classificatie, score met opbouw, rangorde")
class SelectionRunsApi {

	record StartRun(@Nullable LocalDate referenceDate, @Nullable Integer ruleSetVersion) {
	}

	record RunResource(UUID id, LocalDate referenceDate, int ruleSetVersion, String status, long antecedentsRead, int personsProcessed,
			@Nullable Integer candidates, String startedAt, @Nullable String finishedAt) {

		static RunResource of(SelectionRun run) {
			return new RunResource(run.id(), run.referenceDate(), run.ruleSetVersion(), run.status().name(),
					run.antecedentsRead(), run.personsProcessed(), run.candidates(), run.startedAt().toString(),
					run.finishedAt() == null ? null : run.finishedAt().toString());
		}
	}

	record CandidateResource(int rank, UUID personId, String name, @Nullable LocalDate dateOfBirth, TargetGroup category,
			double score, List<ScoreContribution> breakdown) {
	}

	record CandidatesResource(UUID runId, int page, int pages, int total, List<CandidateResource> candidates) {
	}

	private final SelectionRuns runs;
	private final ProblemTitles titles;
	private final MessageSource messages;

	SelectionRunsApi(SelectionRuns runs, ProblemTitles titles, MessageSource messages) {
		this.runs = runs;
		this.titles = titles;
		this.messages = messages;
	}

	@PostMapping(path = ApiPaths.V1 + "/selection-runs", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Selectierun starten voor een peildatum (en regelsetversie; standaard de geldende)")
	ResponseEntity<RunResource> start(@RequestBody StartRun command, @AuthenticationPrincipal UserProfile user) {
		SelectionRun run = runs.start(command.referenceDate(), command.ruleSetVersion(), user.id());
		return ResponseEntity.accepted()
			.location(URI.create(ApiPaths.V1 + "/selection-runs/" + run.id()))
			.body(RunResource.of(run));
	}

	@GetMapping(path = ApiPaths.V1 + "/selection-runs/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Stand van een selectierun")
	RunResource run(@PathVariable UUID runId) {
		return RunResource.of(runs.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping(path = ApiPaths.V1 + "/selection-runs/{runId}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Kandidaten van een voltooide run, op rangorde, met de opbouw van de score (50 per pagina)")
	CandidatesResource candidates(@PathVariable UUID runId,
			@RequestParam(required = false) @Nullable TargetGroup category,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable AgeBand ageBand,
			@RequestParam(defaultValue = "1") int page) {
		SelectionRun run = runs.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!run.completed()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		SelectionRuns.CandidatePage found = runs.candidates(runId,
				new SelectionRuns.Filter(category, municipality, ageBand), page);
		return new CandidatesResource(runId, found.page(), found.pages(), found.total(), found.candidates().stream()
			.map(c -> new CandidateResource(c.rank(), c.personId(), c.name(), c.dateOfBirth(), c.category(), c.score(),
					c.breakdown()))
			.toList());
	}

	@ExceptionHandler(SelectionRuns.RunRefused.class)
	ResponseEntity<ProblemDetail> refused(SelectionRuns.RunRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.BAD_REQUEST);
		problem.setProperty("invalidParams", refused.problems().entrySet().stream()
			.map(p -> Map.of("name", p.getKey(), "code", p.getValue(), "reason",
					messages.getMessage(p.getValue(), null, java.util.Locale.forLanguageTag("nl"))))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(SelectionRuns.RunInProgress.class)
	ResponseEntity<ProblemDetail> inProgress() {
		ProblemDetail problem = titles.problem(HttpStatus.CONFLICT);
		problem.setDetail(messages.getMessage("selection.run.inProgress", null, java.util.Locale.forLanguageTag("nl")));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
