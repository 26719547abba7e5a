package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.ProblemTitles;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * {@code POST /api/v1/imports/police-antecedents}: the police offender list as {@code text/csv}. Atomic
 * by default (400 listing every invalid row, nothing written); {@code skipInvalid=true} imports the valid
 * rows and reports the rejected ones.
 */
@RestController
@Tag(name = "import", description = "Import van de veelplegerlijst van de politie")
class PoliceAntecedentImportApi {

	record ImportResource(String importId, int rowsRead, int rowsInserted, int rowsDuplicate, int rowsRejected,
			List<ImportReport.RejectedRow> rejectedRows) {
	}

	private final PoliceAntecedentImport importer;
	private final ProblemTitles titles;
	private final MessageSource messages;

	PoliceAntecedentImportApi(PoliceAntecedentImport importer, ProblemTitles titles, MessageSource messages) {
		this.importer = importer;
		this.titles = titles;
		this.messages = messages;
	}

	@PostMapping(path = ApiPaths.V1 + "/imports/police-antecedents", consumes = "text/csv",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')")
	@Operation(summary = "Antecedenten van de politie importeren (CSV, UTF-8, ; of ,)")
	ResponseEntity<ImportResource> importAntecedents(HttpServletRequest request,
			@RequestParam(name = "skipInvalid", defaultValue = "false") boolean skipInvalid,
			org.springframework.security.core.Authentication authentication) throws IOException {
		UserProfile user = (UserProfile) authentication.getPrincipal();
		try (InputStream body = request.getInputStream()) {
			ImportReport report = importer.importCsv(body, skipInvalid, user.id());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new ImportResource(String.valueOf(report.importId()), report.rowsRead(), report.rowsInserted(),
						report.rowsDuplicate(), report.rowsRejected(), report.rejected()));
		}
	}

	/** The rows an import with skipInvalid left out, as CSV (line, reason, original line); audited as an export. */
	@GetMapping(path = ApiPaths.V1 + "/imports/police-antecedents/{importId}/rejects", produces = "text/csv")
	@PreAuthorize("hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')")
	@Operation(summary = "Door een import overgeslagen ongeldige regels downloaden (CSV)")
	void rejectedRows(@PathVariable UUID importId, HttpServletResponse response) throws IOException {
		RejectedRowsDownload.write(importer, importId, response);
	}

	@ExceptionHandler(PoliceAntecedentImport.ImportRefused.class)
	ResponseEntity<ProblemDetail> refused(PoliceAntecedentImport.ImportRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.BAD_REQUEST);
		problem.setDetail(messages.getMessage("import.refused", null, Locale.forLanguageTag("nl")));
		problem.setProperty("invalidRows", refused.report().rejected());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
