package nl.veiligheidshuis.privacy;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The trajectory does not exist for this user: it does not exist at all, or the user may not see it.
 * The two are deliberately indistinguishable (404), so that existence does not leak.
 */
public class TrajectoryNotFound extends ResponseStatusException {

	public TrajectoryNotFound() {
		super(HttpStatus.NOT_FOUND);
	}
}
