package nl.veiligheidshuis.selection;

import nl.veiligheidshuis.intake.OffenceCategory;

/** A person's antecedents as the classifier reads them (the intake's history, or a list in tests). */
interface AntecedentView {

	int size();

	/** Registration date of antecedent {@code k} as an epoch day. */
	int epochDay(int k);

	OffenceCategory category(int k);
}
