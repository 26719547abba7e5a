package nl.veiligheidshuis.persons;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whom a partner contacts after a known-person hit ({@code vh.house.contact.*}): the house, never a dossier. */
@ConfigurationProperties("vh.house.contact")
record HouseContact(@Nullable String phone, @Nullable String email) {
}
