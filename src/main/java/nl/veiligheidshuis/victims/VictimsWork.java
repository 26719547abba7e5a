package nl.veiligheidshuis.victims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * "Mijn werk" of the secretariat: how many victims are repeat victims (link to the flagged list), how many
 * domestic-violence cases are repeat cases, and each case whose high-risk assessment proposes a case conference.
 * The house manager: escalated early signals. Counts and links only, no personal data.
 */
@Component
class VictimsWork implements MyWorkItem.Source {

	private final Victims victims;

	VictimsWork(Victims victims) {
		this.victims = victims;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		List<MyWorkItem> items = new ArrayList<>();
		if (authorities.contains("ROLE_SECRETARIAT")) {
			int repeat = victims.repeatVictimCount();
			if (repeat > 0) {
				items.add(new MyWorkItem("victims.work.repeatVictims", List.of(repeat), Victims.PAGE + "?herhaald=true", false));
			}
			int repeatCases = victims.repeatCaseCount();
			if (repeatCases > 0) {
				items.add(new MyWorkItem("victims.work.repeatCases", List.of(repeatCases), Victims.PAGE + "/huiselijk-geweld",
						false));
			}
			for (UUID proposed : victims.casesProposedForConference()) {
				items.add(new MyWorkItem("victims.work.conferenceProposed", List.of(),
						Victims.PAGE + "/huiselijk-geweld/" + proposed, true));
			}
		}
		if (authorities.contains("ROLE_HOUSE_MANAGER")) {
			int escalated = victims.escalatedSignalCount();
			if (escalated > 0) {
				items.add(new MyWorkItem("victims.work.escalatedSignals", List.of(escalated), Victims.PAGE + "/vroegsignalering",
						true));
			}
		}
		return items;
	}
}
