package nl.veiligheidshuis.victims;

/** Where an early signal is referred to; labels {@code victims.referredTo.<NAME>}. */
public enum ReferralTarget {
	HALT, YOUTH_CARE, NONE
}
