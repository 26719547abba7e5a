package nl.veiligheidshuis.intake;

/** What a partner brings in (GLOSSARY: aanmelding / signaal); the Dutch labels are {@code referral.kind.<NAME>}. */
public enum ReferralKind {
	/** Aanmelding: the partner brings the person to the house and asks for the joint approach. */
	REFERRAL,
	/** Signaal: the partner passes information about the person; the house decides whether it acts. */
	SIGNAL
}
