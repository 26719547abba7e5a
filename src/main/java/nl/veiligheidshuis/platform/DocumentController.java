package nl.veiligheidshuis.platform;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a stored document: always as an attachment of type {@code application/pdf} with
 * {@code nosniff}, never inline. The documents of the store are covenants and declarations of the house
 * (no client data), so every signed-in user may download them.
 */
@Controller
class DocumentController {

	static final String PATH = "/documenten/{id}";

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		DocumentId documentId = new DocumentId(id);
		StoredDocument document = documents.find(documentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = documents.content(documentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
