package nl.veiligheidshuis.selection;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Partner signals from the intake's referrals. */
@Component
class ReferralSignals implements PartnerSignals {

	@Override
	public Map<UUID, Integer> countsByPerson(LocalDate from, LocalDate to) {
		return Map.of(); // replaced by the intake's referral counts when referrals land (issue 5, item 5)
	}
}
