package nl.veiligheidshuis.intake;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.persons.PersonsMerged;
import nl.veiligheidshuis.persons.PersonsUnmerged;

/**
 * Keeps the referrals' person ids right when the clerical review merges or unmerges persons, in the
 * deciding transaction. A referral's source record carries the referral's reference, so an unmerge moves
 * back exactly the referrals whose records it moves back.
 */
@Component
class ReferralPersonUpdates {

	private final JdbcClient jdbc;

	ReferralPersonUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void merged(PersonsMerged merged) {
		jdbc.sql("UPDATE intake_referral SET person_id = :into WHERE person_id = :from")
			.param("into", merged.into())
			.param("from", merged.from())
			.update();
	}

	@EventListener
	void unmerged(PersonsUnmerged unmerged) {
		if (unmerged.movedReferences().isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE intake_referral SET person_id = :from WHERE person_id = :into AND reference = ANY(:references)")
			.param("from", unmerged.from())
			.param("into", unmerged.into())
			.param("references", unmerged.movedReferences().toArray(String[]::new))
			.update();
	}
}
