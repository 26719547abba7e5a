package nl.veiligheidshuis.victims;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No such record, or one the caller may not see (need-to-know): the same 404, so existence does not leak. */
class VictimsNotFound extends ResponseStatusException {

	VictimsNotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
