package nl.veiligheidshuis.partners;

/** Who leads a chain. */
public record ChainLead(Chain chain, PartnerOrganisation organisation) {
}
