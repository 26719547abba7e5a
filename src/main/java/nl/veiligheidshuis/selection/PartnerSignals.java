package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The number of partner referrals and signals per person in a period: the score's partner-signals factor. */
interface PartnerSignals {

	Map<UUID, Integer> countsByPerson(LocalDate from, LocalDate to);
}
