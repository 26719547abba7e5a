package nl.veiligheidshuis.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint that fails, to show what a client sees of an unexpected error. */
@RestController
class FailingTestApi {

	static final String SECRET_MESSAGE = "geheime interne details 1234";

	@GetMapping(ApiPaths.V1 + "/test-failure")
	String fail() {
		throw new IllegalStateException(SECRET_MESSAGE);
	}
}
