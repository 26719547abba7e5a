package nl.veiligheidshuis.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated selection cohorts with a known effect, the oracle of the effect tests. Each person's chance of
 * re-offending within the follow-up rises with their antecedents and falls with the months since the last one;
 * participation multiplies it by {@code riskRatio} (0.7: 30% lower). Selection bias is built in: the more
 * antecedents, the likelier a person enters a trajectory, so participants start with more antecedents and a
 * higher risk — a naive comparison hides the effect.
 */
record PlantedEffectGenerator(long seed, double riskRatio) {

	private static final String[] CATEGORIES = { "VERY_ACTIVE_PROLIFIC_OFFENDER", "PROLIFIC_OFFENDER", "REPEAT_OFFENDER" };
	private static final String[] AGE_BANDS = { "18-24", "25-34", "35-49", "50+" };

	List<EffectSubject> generate(int persons) {
		SplittableRandom random = new SplittableRandom(seed);
		List<EffectSubject> subjects = new ArrayList<>(persons);
		for (int i = 0; i < persons; i++) {
			int category = random.nextInt(CATEGORIES.length);
			int antecedents = 2 + (int) Math.round(-Math.log(1 - random.nextDouble()) * (6 + 8 * (2 - category)));
			int months = random.nextInt(24);
			String gender = random.nextDouble() < 0.85 ? "M" : "V";
			String age = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
			// selection bias: the heavier the record, the likelier a trajectory
			double selected = Math.min(0.9, 0.05 + antecedents / 40.0);
			boolean participant = random.nextDouble() < selected;
			double risk = baseRisk(antecedents, months, age) * (participant ? riskRatio : 1.0);
			int newAntecedents = 0;
			if (random.nextDouble() < risk) {
				newAntecedents = 1 + random.nextInt(1 + antecedents / 4);
			}
			subjects.add(new EffectSubject(participant, CATEGORIES[category], age, gender, antecedents, months,
					newAntecedents, 1.0));
		}
		return subjects;
	}

	/** Re-offending within a year without a trajectory: 20% for a light record, up to 85% for a heavy, recent one. */
	static double baseRisk(int antecedents, int monthsSinceLast, String ageBand) {
		double risk = 0.20 + 0.55 * Math.min(1.0, antecedents / 30.0) + (monthsSinceLast < 6 ? 0.10 : 0.0)
				- ("50+".equals(ageBand) ? 0.05 : 0.0);
		return Math.max(0.05, Math.min(0.85, risk));
	}
}
