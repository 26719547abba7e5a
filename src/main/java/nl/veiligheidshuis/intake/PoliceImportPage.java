package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.platform.UserProfile;

/**
 * The page on which the secretariat uploads the police offender list (files up to the upload limit; larger
 * files go through the API, which streams without a limit). The outcome is shown after a redirect.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'HOUSE_MANAGER')")
class PoliceImportPage {

	static final String PATH = "/import/politie";
	/** Rejected rows listed on the page; the count is always complete. */
	static final int ROWS_SHOWN = 100;

	private final PoliceAntecedentImport importer;

	PoliceImportPage(PoliceAntecedentImport importer) {
		this.importer = importer;
	}

	@GetMapping(PATH)
	String form(org.springframework.ui.Model model) {
		model.addAttribute("imports", importer.recentImports(10));
		return "intake/police-import";
	}

	/** The rows an import with skipInvalid left out, as a CSV download. */
	@GetMapping(PATH + "/{importId}/ongeldige-regels.csv")
	void rejectedRows(@PathVariable UUID importId, HttpServletResponse response) throws IOException {
		RejectedRowsDownload.write(importer, importId, response);
	}

	@PostMapping(PATH)
	String upload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "skipInvalid", defaultValue = "false") boolean skipInvalid,
			@AuthenticationPrincipal UserProfile user, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("fileMissing", true);
			return "redirect:" + PATH;
		}
		try (InputStream csv = file.getInputStream()) {
			ImportReport report = importer.importCsv(csv, skipInvalid, user.id());
			redirect.addFlashAttribute("report", report.firstRejected(ROWS_SHOWN));
		}
		catch (PoliceAntecedentImport.ImportRefused refused) {
			redirect.addFlashAttribute("refused", refused.report().firstRejected(ROWS_SHOWN));
			redirect.addFlashAttribute("refusedCount", refused.report().rowsRejected());
		}
		return "redirect:" + PATH;
	}
}
