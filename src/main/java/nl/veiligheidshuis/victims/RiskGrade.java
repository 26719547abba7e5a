package nl.veiligheidshuis.victims;

/** The grade a risk checklist gives by the configured thresholds; labels {@code victims.riskGrade.<NAME>}. */
public enum RiskGrade {
	LOW, ELEVATED, HIGH
}
