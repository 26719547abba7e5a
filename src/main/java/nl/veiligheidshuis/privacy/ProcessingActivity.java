package nl.veiligheidshuis.privacy;

import java.time.LocalDate;
import java.util.List;

/** One version of a processing activity in the register (AVG art. 30). */
public record ProcessingActivity(String code, int version, LocalDate validFrom, String name, String purpose,
		String legalBasis, String responsible, String dataSubjects, List<String> dataCategories, List<String> recipients,
		String retention) {
}
