package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A domestic-violence registration on the police list was resolved to a person of the registry, published in
 * the resolution's transaction. The victims module makes it an incident with the person as suspect, so that a
 * new registration after a domestic-violence case's last conference makes the case a repeat case without anyone
 * typing it in again. The police list carries no victims.
 *
 * @param registrationId the police's own id of the registration (unique per registration, not personal data)
 * @param registeredOn the registration date (the list has no date of the offence itself)
 */
public record PoliceDomesticViolenceRegistered(UUID personId, String registrationId, LocalDate registeredOn,
		UUID policeOrganisationId, String policeOrganisationName) {
}
