package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.intake.ReferralCount;
import nl.veiligheidshuis.intake.Referrals;

/** Partner signals from the intake: referrals and signals about the person in the period (rejected ones do not count). */
@Component
class ReferralSignals implements PartnerSignals {

	private final Referrals referrals;

	ReferralSignals(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public Map<UUID, Integer> countsByPerson(LocalDate from, LocalDate to) {
		Map<UUID, Integer> counts = new HashMap<>();
		for (ReferralCount count : referrals.countsByPerson(from, to)) {
			counts.put(count.personId(), count.referrals() + count.signals());
		}
		return counts;
	}
}
