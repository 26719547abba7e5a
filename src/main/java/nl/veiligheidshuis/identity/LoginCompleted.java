package nl.veiligheidshuis.identity;

/** A user has signed in with every factor required (published for the audit log). */
public record LoginCompleted(SignedInUser user) {
}
