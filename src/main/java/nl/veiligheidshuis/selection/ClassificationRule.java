package nl.veiligheidshuis.selection;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.platform.TargetGroup;

/**
 * One rule of a rule set: a person belongs to {@code category} when every condition holds on the
 * reference date. All bounds are inclusive (see docs/algorithm-register.md, "Selection"):
 * <ul>
 * <li>age in full years on the reference date, {@code minAge ≤ age ≤ maxAge} (no bound when null; a rule
 * with an age bound never applies to a person whose date of birth is unknown);</li>
 * <li>the number of antecedents in the count window — the last {@code countWindowMonths} months up to and
 * including the reference date, or the whole record when null — is at least {@code minCount} and at
 * most {@code maxCount} (no upper bound when null);</li>
 * <li>at least {@code minRecent} antecedents in the last {@code recentWindowMonths} months (no condition
 * when null).</li>
 * </ul>
 * A window of N months starts on the same calendar day N months before the reference date (the last day
 * of that month when it has no such day) and includes that day.
 */
public record ClassificationRule(TargetGroup category, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable Integer countWindowMonths, int minCount, @Nullable Integer maxCount,
		@Nullable Integer recentWindowMonths, int minRecent) {
}
