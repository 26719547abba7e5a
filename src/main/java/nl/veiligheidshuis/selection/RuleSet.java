package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * A version of the selection criteria: the classification rules in order (the first rule that holds
 * gives the category), the scoring weights and the categories that go on a selection meeting's agenda.
 * Stored as data and never changed: an edit is a new version.
 */
public record RuleSet(int version, LocalDate validFrom, String description, List<ClassificationRule> rules,
		Scoring scoring, Set<TargetGroup> listCategories) {

	/** The default rules of DESIGN.md §4 rule 1 (version 1, stored by {@link RuleSets} when there is none). */
	public static RuleSet defaults(int version, LocalDate validFrom) {
		Map<ScoringFactor, Double> weights = new EnumMap<>(ScoringFactor.class);
		weights.put(ScoringFactor.FREQUENCY, 1.0);
		weights.put(ScoringFactor.RECENCY, 2.0);
		weights.put(ScoringFactor.GRAVITY, 1.0);
		weights.put(ScoringFactor.VIOLENCE, 2.0);
		weights.put(ScoringFactor.DOMESTIC_VIOLENCE, 2.0);
		weights.put(ScoringFactor.WEAPONS, 2.0);
		weights.put(ScoringFactor.PARTNER_SIGNALS, 3.0);
		Map<OffenceCategory, Double> gravity = new EnumMap<>(OffenceCategory.class);
		gravity.put(OffenceCategory.PROPERTY, 1.0);
		gravity.put(OffenceCategory.VIOLENCE, 3.0);
		gravity.put(OffenceCategory.VANDALISM, 1.0);
		gravity.put(OffenceCategory.PUBLIC_ORDER, 0.5);
		gravity.put(OffenceCategory.DRUGS, 1.0);
		gravity.put(OffenceCategory.DOMESTIC_VIOLENCE, 3.0);
		gravity.put(OffenceCategory.SEXUAL, 4.0);
		gravity.put(OffenceCategory.WEAPONS, 3.0);
		gravity.put(OffenceCategory.TRAFFIC, 0.5);
		gravity.put(OffenceCategory.OTHER, 0.5);
		return new RuleSet(version, validFrom,
				"Standaardregels van het ontwerp (zeer actieve veelpleger, veelpleger, meerpleger, jeugdige veelpleger, first offender)",
				List.of(new ClassificationRule(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER, 18, null, 60, 11, null, 12, 1),
						new ClassificationRule(TargetGroup.PROLIFIC_OFFENDER, 18, null, null, 11, null, 12, 1),
						new ClassificationRule(TargetGroup.REPEAT_OFFENDER, 18, null, null, 2, 10, 12, 1),
						new ClassificationRule(TargetGroup.YOUTH_PROLIFIC_OFFENDER, 12, 17, null, 6, null, 12, 1),
						new ClassificationRule(TargetGroup.FIRST_OFFENDER, null, null, null, 1, 1, null, 0)),
				new Scoring(60, 12, weights, gravity),
				new LinkedHashSet<>(List.of(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER, TargetGroup.PROLIFIC_OFFENDER,
						TargetGroup.YOUTH_PROLIFIC_OFFENDER)));
	}
}
