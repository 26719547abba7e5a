package nl.veiligheidshuis.partners;

/** A partner organisation of the house, as other modules see it. */
public record PartnerOrganisation(PartnerOrganisationId id, String name, PartnerType type) {
}
