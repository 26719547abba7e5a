package nl.veiligheidshuis.partners;

/**
 * Published in the transaction of every change to the partner register (a partner, accession,
 * municipality figure, room, chain lead), so that the privacy module audits it.
 *
 * @param objectType what changed: partner, accession, covenant, municipality, room, chainLead
 * @param created whether it was created (otherwise changed)
 */
public record PartnerRegisterChanged(String objectType, String objectId, boolean created) {
}
