package nl.veiligheidshuis.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoDataSeeder;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserDirectory;
import nl.veiligheidshuis.trajectories.ClosureReason;
import nl.veiligheidshuis.trajectories.TrajectoryAssigned;
import nl.veiligheidshuis.trajectories.TrajectoryClosed;
import nl.veiligheidshuis.trajectories.TrajectoryOrigin;
import nl.veiligheidshuis.trajectories.TrajectoryStarted;

/**
 * A synthetic history for the demo's reports: 260 trajectories of the 18 months before the demo's own (as if
 * taken over from the registration before this system), fed to the read model as their events, with partner
 * answers, case conferences and action items. Only pseudonyms: there are no dossiers behind them. The demo's own
 * trajectories, conferences and answers reach the read model through the real events.
 */
@Component
class ReportingDemoData implements DemoDataSeeder {

	private static final List<TargetGroup> GROUPS = List.of(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER,
			TargetGroup.PROLIFIC_OFFENDER, TargetGroup.YOUTH_PROLIFIC_OFFENDER, TargetGroup.PERSISTENT_NUISANCE_OFFENDER,
			TargetGroup.DOMESTIC_VIOLENCE_PERPETRATOR, TargetGroup.PROBLEM_YOUTH);

	private final ReadModel readModel;
	private final JdbcClient jdbc;
	private final UserDirectory users;
	private final Clock clock;

	ReportingDemoData(ReadModel readModel, JdbcClient jdbc, UserDirectory users, Clock clock) {
		this.readModel = readModel;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reporting.demo-history";
	}

	@Override
	public int getOrder() {
		return 900;
	}

	@Override
	public void seed() {
		List<UUID> managers = users.withRole("INTERVENTION_MANAGER").stream().map(UserDirectory.Member::id).toList();
		if (managers.isEmpty()) {
			return;
		}
		Random random = new Random(2006);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime first = now.minusMonths(18);
		long span = java.time.Duration.between(first, now).toMinutes();
		for (int t = 0; t < 260; t++) {
			UUID trajectory = UUID.randomUUID();
			TargetGroup group = GROUPS.get(random.nextInt(GROUPS.size()));
			int pick = random.nextInt(100);
			String place = pick < 58 ? "Heerlen" : pick < 76 ? "Brunssum" : pick < 87 ? "Nuth" : pick < 94 ? "Voerendaal"
					: pick < 97 ? "Onderbanken" : null;
			OffsetDateTime started = first.plusMinutes((long) (random.nextDouble() * span));
			readModel.started(new TrajectoryStarted(trajectory, UUID.randomUUID(), group, TrajectoryOrigin.PRIORITY_LIST,
					started), place);
			OffsetDateTime at = started;
			at = step(trajectory, "ASSIGNED", at, 1, 15, 0.92, random, now);
			if (at == null) {
				continue;
			}
			readModel.assigned(new TrajectoryAssigned(trajectory, managers.get(random.nextInt(managers.size())), null, at));
			OffsetDateTime assessment = step(trajectory, "ASSESSMENT", at, 2, 20, 0.9, random, now);
			OffsetDateTime planning = assessment == null ? null : step(trajectory, "PLANNING", assessment, 5, 25, 0.95, random, now);
			OffsetDateTime check = planning == null ? null : step(trajectory, "PARTNER_CHECK", planning, 3, 15, 0.95, random, now);
			if (check != null) {
				answer(check, random);
			}
			OffsetDateTime offered = check == null ? null : step(trajectory, "OFFERED", check, 2, 12, 0.95, random, now);
			OffsetDateTime contracted = offered == null ? null : step(trajectory, "CONTRACTED", offered, 1, 10, 0.82, random, now);
			OffsetDateTime execution = contracted == null ? null
					: step(trajectory, "IN_EXECUTION", contracted, 1, random.nextInt(5) == 0 ? 14 : 7, 0.95, random, now);
			OffsetDateTime completed = execution == null ? null : step(trajectory, "COMPLETED", execution, 60, 200, 0.7, random, now);
			if (completed != null && random.nextBoolean()) {
				close(trajectory, completed.plusDays(1 + random.nextInt(60)), ClosureReason.COMPLETED, now);
			}
			else if (completed == null && random.nextInt(6) == 0) {
				close(trajectory, started.plusDays(20 + random.nextInt(200)),
						List.of(ClosureReason.DESELECTED, ClosureReason.MOVED, ClosureReason.DETAINED_LONG_TERM)
							.get(random.nextInt(3)), now);
			}
		}
		for (OffsetDateTime conference = first; conference.isBefore(now.minusDays(7)); conference = conference.plusDays(14)) {
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO reporting_conference (conference_id, starts_at) VALUES (:id, :at)")
				.param("id", id).param("at", conference).update();
			for (int item = 0; item < 3; item++) {
				var due = conference.toLocalDate().plusDays(7 + random.nextInt(21));
				var done = random.nextInt(5) == 0 ? null : due.plusDays(random.nextInt(10) - 6);
				jdbc.sql("INSERT INTO reporting_action_item (action_item_id, due_on, completed_on) VALUES (:id, :due, :done)")
					.param("id", UUID.randomUUID()).param("due", due).param("done", done).update();
			}
		}
	}

	/** Enters {@code state} some days after {@code from} with a chance; null when it did not (or not yet). */
	private @Nullable OffsetDateTime step(UUID trajectory, String state, OffsetDateTime from, int minDays, int maxDays,
			double chance, Random random, OffsetDateTime now) {
		if (random.nextDouble() > chance) {
			return null;
		}
		OffsetDateTime at = from.plusHours(24L * minDays + random.nextInt(Math.max(1, 24 * (maxDays - minDays))));
		if (at.isAfter(now)) {
			return null;
		}
		readModel.changed(trajectory, state, at);
		return at;
	}

	private void close(UUID trajectory, OffsetDateTime at, ClosureReason reason, OffsetDateTime now) {
		if (at.isAfter(now)) {
			return;
		}
		readModel.changed(trajectory, "CLOSED", at);
		readModel.closed(new TrajectoryClosed(trajectory, UUID.randomUUID(), reason, at));
	}

	private void answer(OffsetDateTime requested, Random random) {
		OffsetDateTime answered = requested.plusHours(2 + random.nextInt(24 * 6));
		jdbc.sql("""
				INSERT INTO reporting_commitment_answer (intervention_id, owner_id, requested_at, answered_at, confirmed)
				VALUES (:id, :owner, :requested, :answered, :confirmed)""")
			.param("id", UUID.randomUUID()).param("owner", UUID.randomUUID()).param("requested", requested)
			.param("answered", answered).param("confirmed", random.nextInt(6) != 0).update();
	}
}
