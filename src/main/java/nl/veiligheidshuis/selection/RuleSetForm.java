package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The house manager's form for a new version of the selection rules, prefilled from the newest version:
 * the numbers of each rule (in the same order and categories), the windows and the weights. A JavaBean
 * because Thymeleaf's {@code th:field} binds indexed and keyed properties.
 */
public class RuleSetForm {

	/** One rule's numbers; empty means "no bound" where the rule allows it. */
	public static class Rule {

		private @Nullable TargetGroup category;
		private @Nullable Integer minAge;
		private @Nullable Integer maxAge;
		private @Nullable Integer countWindowMonths;
		private @Nullable Integer minCount;
		private @Nullable Integer maxCount;
		private @Nullable Integer recentWindowMonths;
		private @Nullable Integer minRecent;
		private boolean onAgenda;

		public @Nullable TargetGroup getCategory() { return category; }
		public void setCategory(@Nullable TargetGroup category) { this.category = category; }
		public @Nullable Integer getMinAge() { return minAge; }
		public void setMinAge(@Nullable Integer minAge) { this.minAge = minAge; }
		public @Nullable Integer getMaxAge() { return maxAge; }
		public void setMaxAge(@Nullable Integer maxAge) { this.maxAge = maxAge; }
		public @Nullable Integer getCountWindowMonths() { return countWindowMonths; }
		public void setCountWindowMonths(@Nullable Integer months) { this.countWindowMonths = months; }
		public @Nullable Integer getMinCount() { return minCount; }
		public void setMinCount(@Nullable Integer minCount) { this.minCount = minCount; }
		public @Nullable Integer getMaxCount() { return maxCount; }
		public void setMaxCount(@Nullable Integer maxCount) { this.maxCount = maxCount; }
		public @Nullable Integer getRecentWindowMonths() { return recentWindowMonths; }
		public void setRecentWindowMonths(@Nullable Integer months) { this.recentWindowMonths = months; }
		public @Nullable Integer getMinRecent() { return minRecent; }
		public void setMinRecent(@Nullable Integer minRecent) { this.minRecent = minRecent; }
		public boolean isOnAgenda() { return onAgenda; }
		public void setOnAgenda(boolean onAgenda) { this.onAgenda = onAgenda; }
	}

	/** A weight of the score: a factor's, or an offence category's gravity. */
	public static class Weight {

		private @Nullable String key;
		private @Nullable Double value;

		public @Nullable String getKey() { return key; }
		public void setKey(@Nullable String key) { this.key = key; }
		public @Nullable Double getValue() { return value; }
		public void setValue(@Nullable Double value) { this.value = value; }

		static Weight of(String key, double value) {
			Weight weight = new Weight();
			weight.key = key;
			weight.value = value;
			return weight;
		}
	}

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validFrom;
	private @Nullable String description;
	private List<Rule> rules = new ArrayList<>();
	private @Nullable Integer frequencyWindowMonths;
	private @Nullable Integer recencyWindowMonths;
	/** In the order of {@link ScoringFactor#values()}. */
	private List<Weight> weights = new ArrayList<>();
	/** In the order of {@link OffenceCategory#values()}. */
	private List<Weight> gravity = new ArrayList<>();

	public @Nullable LocalDate getValidFrom() { return validFrom; }
	public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public List<Rule> getRules() { return rules; }
	public void setRules(List<Rule> rules) { this.rules = rules; }
	public @Nullable Integer getFrequencyWindowMonths() { return frequencyWindowMonths; }
	public void setFrequencyWindowMonths(@Nullable Integer months) { this.frequencyWindowMonths = months; }
	public @Nullable Integer getRecencyWindowMonths() { return recencyWindowMonths; }
	public void setRecencyWindowMonths(@Nullable Integer months) { this.recencyWindowMonths = months; }
	public List<Weight> getWeights() { return weights; }
	public void setWeights(List<Weight> weights) { this.weights = weights; }
	public List<Weight> getGravity() { return gravity; }
	public void setGravity(List<Weight> gravity) { this.gravity = gravity; }

	/** The form filled with a version's values (for the next version, from tomorrow on). */
	static RuleSetForm of(RuleSet set, LocalDate validFrom) {
		RuleSetForm form = new RuleSetForm();
		form.validFrom = validFrom;
		form.description = "";
		for (ClassificationRule r : set.rules()) {
			Rule rule = new Rule();
			rule.category = r.category();
			rule.minAge = r.minAge();
			rule.maxAge = r.maxAge();
			rule.countWindowMonths = r.countWindowMonths();
			rule.minCount = r.minCount();
			rule.maxCount = r.maxCount();
			rule.recentWindowMonths = r.recentWindowMonths();
			rule.minRecent = r.minRecent();
			rule.onAgenda = set.listCategories().contains(r.category());
			form.rules.add(rule);
		}
		form.frequencyWindowMonths = set.scoring().frequencyWindowMonths();
		form.recencyWindowMonths = set.scoring().recencyWindowMonths();
		for (ScoringFactor factor : ScoringFactor.values()) {
			form.weights.add(Weight.of(factor.name(), set.scoring().weight(factor)));
		}
		for (OffenceCategory category : OffenceCategory.values()) {
			form.gravity.add(Weight.of(category.name(), set.scoring().gravity(category)));
		}
		return form;
	}

	/** Checks every field (each problem on its own field, in Dutch through the message keys) and builds the rule set. */
	@Nullable RuleSet validate(Errors errors) {
		if (validFrom == null) {
			errors.rejectValue("validFrom", "selection.ruleSetForm.validFrom.required");
		}
		if (description == null || description.isBlank()) {
			errors.rejectValue("description", "selection.ruleSetForm.description.required");
		}
		else if (description.length() > 500) {
			errors.rejectValue("description", "selection.ruleSetForm.description.tooLong");
		}
		List<ClassificationRule> built = new ArrayList<>();
		Set<TargetGroup> onAgenda = new LinkedHashSet<>();
		for (int k = 0; k < rules.size(); k++) {
			Rule r = rules.get(k);
			String at = "rules[" + k + "].";
			range(errors, at + "minAge", r.minAge, 0, 120, false);
			range(errors, at + "maxAge", r.maxAge, 0, 120, false);
			if (r.minAge != null && r.maxAge != null && r.minAge > r.maxAge) {
				errors.rejectValue(at + "maxAge", "selection.ruleSetForm.maxBelowMin");
			}
			range(errors, at + "countWindowMonths", r.countWindowMonths, 1, 600, false);
			range(errors, at + "minCount", r.minCount, 0, 10_000, true);
			range(errors, at + "maxCount", r.maxCount, 0, 10_000, false);
			if (r.minCount != null && r.maxCount != null && r.minCount > r.maxCount) {
				errors.rejectValue(at + "maxCount", "selection.ruleSetForm.maxBelowMin");
			}
			range(errors, at + "recentWindowMonths", r.recentWindowMonths, 1, 600, false);
			range(errors, at + "minRecent", r.minRecent, 0, 10_000, r.recentWindowMonths != null);
			if (r.category == null) {
				errors.rejectValue(at + "category", "selection.ruleSetForm.required");
				continue;
			}
			built.add(new ClassificationRule(r.category, r.minAge, r.maxAge, r.countWindowMonths,
					r.minCount == null ? 0 : r.minCount, r.maxCount, r.recentWindowMonths,
					r.minRecent == null ? 0 : r.minRecent));
			if (r.onAgenda) {
				onAgenda.add(r.category);
			}
		}
		if (onAgenda.isEmpty()) {
			errors.rejectValue("rules", "selection.ruleSetForm.noneOnAgenda");
		}
		range(errors, "frequencyWindowMonths", frequencyWindowMonths, 1, 600, true);
		range(errors, "recencyWindowMonths", recencyWindowMonths, 1, 600, true);
		Map<ScoringFactor, Double> weightValues = new EnumMap<>(ScoringFactor.class);
		ScoringFactor[] factors = ScoringFactor.values();
		for (int k = 0; k < factors.length; k++) {
			Double weight = k < weights.size() ? weights.get(k).getValue() : null;
			if (weight == null || weight < 0 || weight > 100) {
				errors.rejectValue("weights[" + k + "].value", "selection.ruleSetForm.weight");
			}
			else {
				weightValues.put(factors[k], weight);
			}
		}
		Map<OffenceCategory, Double> gravityValues = new EnumMap<>(OffenceCategory.class);
		OffenceCategory[] categories = OffenceCategory.values();
		for (int k = 0; k < categories.length; k++) {
			Double value = k < gravity.size() ? gravity.get(k).getValue() : null;
			if (value == null || value < 0 || value > 100) {
				errors.rejectValue("gravity[" + k + "].value", "selection.ruleSetForm.weight");
			}
			else {
				gravityValues.put(categories[k], value);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RuleSet(0, validFrom, description.strip(), built,
				new Scoring(frequencyWindowMonths, recencyWindowMonths, weightValues, gravityValues), onAgenda);
	}

	private static void range(Errors errors, String field, @Nullable Integer value, int min, int max, boolean required) {
		if (value == null) {
			if (required) {
				errors.rejectValue(field, "selection.ruleSetForm.required");
			}
		}
		else if (value < min || value > max) {
			errors.rejectValue(field, "selection.ruleSetForm.range", new Object[] { min, max }, null);
		}
	}
}
