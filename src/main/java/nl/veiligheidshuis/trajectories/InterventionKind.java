package nl.veiligheidshuis.trajectories;

/** What sort of intervention: help the client takes up, or pressure and coercion; labels {@code trajectory.interventionKind.<NAME>}. */
public enum InterventionKind {
	/** Care and support ("zorg"). */
	CARE,
	/** Pressure ("drang"): a measure the client is urged to accept, e.g. as a condition. */
	PRESSURE,
	/** Coercion ("dwang"): an imposed measure. */
	COERCION
}
