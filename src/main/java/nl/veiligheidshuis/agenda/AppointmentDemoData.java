package nl.veiligheidshuis.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.partners.Room;
import nl.veiligheidshuis.partners.RoomKind;
import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.platform.UserProfile;
import nl.veiligheidshuis.trajectories.Trajectories;
import nl.veiligheidshuis.trajectories.TrajectorySummary;

/**
 * Synthetic appointments around the demo trajectories, so the week and day views show a house at work: a client
 * conversation of the intervention manager with probation held last week (outcome recorded), a community
 * service intake and a damage mediation this and next week, and a victim conversation planned by the
 * secretariat. Each made as its organiser signed in, so need-to-know applies as in use.
 */
@Component
class AppointmentDemoData implements DemoDataSeeder {

	private final Appointments appointments;
	private final Trajectories trajectories;
	private final UserDirectory users;
	private final UserDetailsService accounts;
	private final Clock clock;

	AppointmentDemoData(Appointments appointments, Trajectories trajectories, UserDirectory users,
			UserDetailsService accounts, Clock clock) {
		this.appointments = appointments;
		this.trajectories = trajectories;
		this.users = users;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "agenda.demo-appointments";
	}

	@Override
	public int getOrder() {
		return 710;
	}

	@Override
	public void seed() {
		UUID probation = users.idOf("reclassering.demo").orElse(null);
		UUID police = users.idOf("politie.demo").orElse(null);
		if (probation == null || police == null) {
			return;
		}
		LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		as("im.demo", user -> {
			List<TrajectorySummary> open = trajectories.visible(null, user.id()).stream().filter(t -> t.state().open())
				.limit(2).toList();
			List<Room> rooms = appointments.rooms();
			if (open.isEmpty() || rooms.isEmpty()) {
				return;
			}
			Room interview = rooms.stream().filter(r -> r.kind() == RoomKind.INTERVIEW_ROOM).findFirst()
				.orElse(rooms.getFirst());
			UUID held = appointments.create(new Appointments.AppointmentCommand(AppointmentKind.CLIENT_CONVERSATION,
					at(monday.minusDays(5), 14), at(monday.minusDays(5), 15), interview.id(), open.getFirst().id(),
					Set.of(probation), "Bespreken van het plan van aanpak en de meldplicht", "cliënt"), user);
			appointments.recordOutcome(held, "Cliënt stemt in met de meldplicht; eerste melding volgende week maandag.",
					user);
			appointments.create(new Appointments.AppointmentCommand(AppointmentKind.COMMUNITY_SERVICE_INTAKE,
					at(monday.plusDays(2), 10), at(monday.plusDays(2), 11), interview.id(), open.getFirst().id(),
					Set.of(probation), "Intake werkstraf van 60 uur", "cliënt"), user);
			appointments.create(new Appointments.AppointmentCommand(AppointmentKind.DAMAGE_MEDIATION,
					at(monday.plusDays(8), 13), at(monday.plusDays(8), 14), interview.id(),
					open.get(open.size() - 1).id(), Set.of(police), "Schadebemiddeling na vernieling van een bushokje",
					"cliënt, bemiddelaar van Slachtofferhulp"), user);
		});
		as("secretariaat.demo", user -> {
			List<Room> rooms = appointments.rooms();
			if (rooms.isEmpty()) {
				return;
			}
			appointments.create(new Appointments.AppointmentCommand(AppointmentKind.VICTIM_CONVERSATION,
					at(monday.plusDays(3), 9), at(monday.plusDays(3), 10), rooms.getLast().id(), null, Set.of(police),
					"Gesprek over veiligheid thuis", "slachtoffer, medewerker Slachtofferhulp"), user);
		});
	}

	private OffsetDateTime at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toOffsetDateTime();
	}

	/** Runs the step as the demo user signed in (their own principal and roles). */
	private void as(String username, java.util.function.Consumer<UserProfile> step) {
		UserDetails account = accounts.loadUserByUsername(username);
		SignedIn.as(account, () -> step.accept((UserProfile) account));
	}
}
