package nl.veiligheidshuis.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such request, or not for this user to see: 404 either way, so that existence does not leak. */
class SubjectRequestNotFound extends ResponseStatusException {

	SubjectRequestNotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
