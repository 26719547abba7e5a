package nl.veiligheidshuis.privacy;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only stand-ins for the kinds of trajectory-scoped paths the Trajectories issue will add (a dossier
 * page, an API resource, a CSV export, a PDF), to show that the scope check guards each of them before the
 * controller runs. They answer only when reached.
 */
@RestController
class FixtureTrajectoryEndpoints {

	@GetMapping(path = "/test-trajecten/{trajectoryId}", produces = MediaType.TEXT_HTML_VALUE)
	String dossier(@PathVariable UUID trajectoryId) {
		return "<p>dossier</p>";
	}

	@GetMapping(path = "/api/v1/test-trajectories/{trajectoryId}", produces = MediaType.APPLICATION_JSON_VALUE)
	String resource(@PathVariable UUID trajectoryId) {
		return "{\"id\":\"" + trajectoryId + "\"}";
	}

	@GetMapping(path = "/test-trajecten/{trajectoryId}/export.csv", produces = "text/csv")
	String export(@PathVariable UUID trajectoryId) {
		return "id\n" + trajectoryId + "\n";
	}

	@GetMapping(path = "/test-trajecten/{trajectoryId}/contract.pdf")
	ResponseEntity<byte[]> contract(@PathVariable UUID trajectoryId) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body("%PDF-1.4".getBytes());
	}
}
