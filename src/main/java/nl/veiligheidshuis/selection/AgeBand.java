package nl.veiligheidshuis.selection;

import org.jspecify.annotations.Nullable;

/** The age bands of the filters and the disparity overview (age on the reference date). */
public enum AgeBand {
	UNDER_12, FROM_12_TO_17, FROM_18_TO_24, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55, UNKNOWN;

	static AgeBand of(@Nullable Integer age) {
		if (age == null) {
			return UNKNOWN;
		}
		if (age < 12) {
			return UNDER_12;
		}
		if (age < 18) {
			return FROM_12_TO_17;
		}
		if (age < 25) {
			return FROM_18_TO_24;
		}
		if (age < 35) {
			return FROM_25_TO_34;
		}
		if (age < 45) {
			return FROM_35_TO_44;
		}
		return age < 55 ? FROM_45_TO_54 : FROM_55;
	}

	public String messageKey() {
		return "selection.ageBand." + name();
	}
}
