package nl.veiligheidshuis.partners;

import org.jspecify.annotations.Nullable;

/** A named person at a partner to contact, and for which subject. */
public record ContactPoint(String name, @Nullable String phone, @Nullable String email, @Nullable String subject) {
}
