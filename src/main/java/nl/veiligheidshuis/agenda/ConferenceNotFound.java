package nl.veiligheidshuis.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such conference or item, or one the caller may not see: the same 404, so existence does not leak. */
class ConferenceNotFound extends ResponseStatusException {

	ConferenceNotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
