package nl.veiligheidshuis.intake;

/** Where a referral is in triage; the Dutch labels are {@code referral.status.<NAME>}. */
public enum ReferralStatus {
	/** Received, waiting in the secretariat's triage queue. */
	OPEN,
	/** Accepted in triage: the person is a candidate for the selection meeting. */
	ACCEPTED,
	/** Not for this house: referred to another organisation or party, named in the decision. */
	REFERRED_ELSEWHERE,
	/** Rejected in triage, with the reason sent back to the referrer. */
	REJECTED
}
