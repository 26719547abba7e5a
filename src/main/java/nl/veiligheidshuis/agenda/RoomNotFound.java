package nl.veiligheidshuis.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No room or flex desk with this id in the partners' register. */
class RoomNotFound extends ResponseStatusException {

	RoomNotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
