package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The response of a download of rejected rows, for the page and the API alike. */
final class RejectedRowsDownload {

	private RejectedRowsDownload() {
	}

	static void write(PoliceAntecedentImport importer, UUID importId, HttpServletResponse response) throws IOException {
		// Headers first: they must be set before the body starts; a 404 resets them.
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("ongeldige-regels-" + importId + ".csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (!importer.writeRejectedRows(importId, response.getOutputStream())) {
			response.reset();
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
