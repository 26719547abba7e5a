package nl.veiligheidshuis.privacy;

import java.util.Optional;
import java.util.UUID;

/**
 * The person registry as privacy operations need it: whether a person exists and the name to show on a
 * legal hold or a request. Implemented by the persons module (privacy may not depend on it).
 */
public interface DataSubjects {

	/** The person's current display name, if the person is registered (not erased). */
	Optional<String> displayName(UUID person);
}
