package nl.veiligheidshuis.selection;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/** The house manager's "Mijn werk" shows the age of the priority list: a reminder 4 weeks before renewal is due, then "overdue". */
@Component
class RenewalReminder implements MyWorkItem.Source {

	private final PriorityLists lists;
	private final DateFormats dates;

	RenewalReminder(PriorityLists lists, DateFormats dates) {
		this.lists = lists;
		this.dates = dates;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		if (!authorities.contains("ROLE_HOUSE_MANAGER")) {
			return List.of();
		}
		PriorityLists.Renewal renewal = lists.renewal();
		return switch (renewal.state()) {
			case NONE -> List.of(new MyWorkItem("selection.renewal.NONE", List.of(), "/selectie", true));
			case CURRENT -> List.of(new MyWorkItem("selection.renewal.CURRENT",
					List.of(renewal.ageInDays(), dates.date(renewal.dueOn())), "/selectie", false));
			case DUE_SOON, OVERDUE -> List.of(new MyWorkItem("selection.renewal." + renewal.state().name(),
					List.of(renewal.ageInDays(), dates.date(renewal.dueOn())), "/selectie", true));
		};
	}
}
