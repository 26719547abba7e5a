package nl.veiligheidshuis.victims;

/**
 * The items of the risk checklist, after the RiHG (Risicotaxatie-instrument Huiselijk Geweld) and DASH-style
 * checklists: each present factor adds its weight ({@code vh.victims.risk.weights}, default 1) to the score;
 * labels {@code victims.riskFactor.<NAME>}.
 */
public enum RiskFactor {
	EARLIER_VIOLENCE, ESCALATING_VIOLENCE, THREAT_TO_KILL, STRANGULATION, WEAPON, RECENT_SEPARATION, PREGNANCY_OR_YOUNG_CHILDREN,
	ADDICTION, STALKING, VICTIM_AFRAID, RESTRAINING_ORDER_BROKEN, ISOLATION
}
