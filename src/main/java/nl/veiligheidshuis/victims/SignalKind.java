package nl.veiligheidshuis.victims;

/** The kind of early signal; labels {@code victims.signalKind.<NAME>}. */
public enum SignalKind {
	/** First offender (first contact with the police). */
	FIRST_OFFENDER,
	/** A minor's offence that qualifies for a Halt settlement. */
	HALT
}
