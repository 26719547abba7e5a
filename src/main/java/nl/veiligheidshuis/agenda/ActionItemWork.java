package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DateFormats;
import nl.veiligheidshuis.platform.MyWorkItem;
import nl.veiligheidshuis.platform.UserProfile;

/** The owner's "Mijn werk" lists their open action items of case conferences: due date and link, no client data. */
@Component
class ActionItemWork implements MyWorkItem.Source {

	private final CaseConferences conferences;
	private final DateFormats dates;
	private final Clock clock;

	ActionItemWork(CaseConferences conferences, DateFormats dates, Clock clock) {
		this.conferences = conferences;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public List<MyWorkItem> itemsFor(UserProfile user, Collection<String> authorities) {
		LocalDate today = LocalDate.now(clock);
		return conferences.openActionItemsOf(user.id()).stream()
			.map(open -> new MyWorkItem("agenda.work.actionItem", List.of(dates.date(open.dueOn())),
					CaseConferences.PAGE + open.conferenceId(), open.dueOn().isBefore(today)))
			.toList();
	}
}
