package nl.veiligheidshuis.identity;

/** A wrong or replayed TOTP code was given after a correct password (published for the audit log). */
public record SecondFactorRejected(SignedInUser user) {
}
