package nl.veiligheidshuis.persons;

import java.util.UUID;

/** What {@link Persons#resolve} did with an incoming source record. */
public record Resolution(Outcome outcome, UUID personId, UUID sourceRecordId, double probability) {

	public enum Outcome {
		/** Linked to a registered person: the same valid BSN, or a score at or above the upper threshold. */
		LINKED,
		/** Registered as a new person, with a clerical-review item: the score was between the thresholds. */
		REVIEW,
		/** Registered as a new person: no candidate scored at or above the lower threshold. */
		NEW
	}
}
