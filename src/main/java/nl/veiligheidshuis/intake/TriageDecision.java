package nl.veiligheidshuis.intake;

/**
 * What the secretariat decides about an open referral; every decision carries the reason that goes back
 * to the referrer.
 */
public sealed interface TriageDecision {

	String reason();

	/** The status the referral gets. */
	ReferralStatus outcome();

	/** A candidate for selection. */
	record Accept(String reason) implements TriageDecision {

		public Accept {
			requireText(reason, "reason");
		}

		@Override
		public ReferralStatus outcome() {
			return ReferralStatus.ACCEPTED;
		}
	}

	/** Not for the house: to another organisation or party. */
	record ReferElsewhere(String referredTo, String reason) implements TriageDecision {

		public ReferElsewhere {
			requireText(referredTo, "referredTo");
			requireText(reason, "reason");
		}

		@Override
		public ReferralStatus outcome() {
			return ReferralStatus.REFERRED_ELSEWHERE;
		}
	}

	/** Not taken up. */
	record Reject(String reason) implements TriageDecision {

		public Reject {
			requireText(reason, "reason");
		}

		@Override
		public ReferralStatus outcome() {
			return ReferralStatus.REJECTED;
		}
	}

	private static void requireText(String value, String name) {
		if (value.isBlank()) {
			throw new IllegalArgumentException("A triage decision needs a " + name);
		}
	}
}
