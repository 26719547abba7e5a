package nl.veiligheidshuis.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
	private final JdbcTemplate batch;
	private final UserDirectory users;
	private final Clock clock;

	ReportingDemoData(ReadModel readModel, JdbcClient jdbc, JdbcTemplate batch, UserDirectory users, Clock clock) {
		this.readModel = readModel;
		this.jdbc = jdbc;
		this.batch = batch;
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
		effectHistory(now, DEMO_RISK_RATIO, 13);
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

	/** Target groups of the selection runs of the effect history (few, so that matching finds strata). */
	private static final List<TargetGroup> EFFECT_GROUPS = List.of(TargetGroup.VERY_ACTIVE_PROLIFIC_OFFENDER,
			TargetGroup.PROLIFIC_OFFENDER, TargetGroup.PERSISTENT_NUISANCE_OFFENDER);
	private static final List<String> AGE_BANDS = List.of("FROM_18_TO_24", "FROM_25_TO_34", "FROM_35_TO_44", "FROM_45_TO_54");
	/** The planted effect of the demo: participants re-offend with 0.7 times the chance of a comparable person. */
	static final double DEMO_RISK_RATIO = 0.7;

	/**
	 * The effect history (docs/effect-monitoring.md): quarterly selection runs from five to two years before
	 * today with 100 candidates each, their antecedent dates, trajectories for those selected and ZRM scores.
	 * Selection bias is built in (the heavier the record, the likelier a trajectory) and a planted effect
	 * ({@link #DEMO_RISK_RATIO}), so the effect page of a fresh demo shows a matched estimate beside a naive one.
	 */
	void effectHistory(OffsetDateTime now, double riskRatio, long seed) {
		Random random = new Random(seed);
		List<Object[]> subjects = new ArrayList<>();
		List<Object[]> antecedents = new ArrayList<>();
		List<Object[]> scores = new ArrayList<>();
		LocalDate today = now.toLocalDate();
		for (LocalDate reference = today.minusMonths(59); !reference.isAfter(today.minusMonths(25));
				reference = reference.plusMonths(3)) {
			UUID run = UUID.randomUUID();
			for (int c = 0; c < 100; c++) {
				UUID person = UUID.randomUUID();
				UUID subject = readModel.pseudonym(person);
				int group = random.nextInt(EFFECT_GROUPS.size());
				String age = AGE_BANDS.get(random.nextInt(AGE_BANDS.size()));
				String gender = random.nextDouble() < 0.85 ? "M" : "V";
				int count = 1 + (int) Math.round(-Math.log(1 - random.nextDouble()) * (3 + 3 * (2 - group)));
				LocalDate last = null;
				int recentInYear = 0;
				for (int a = 0; a < count; a++) {
					LocalDate on = reference.minusDays(1 + random.nextInt(730));
					antecedents.add(new Object[] { subject, UUID.randomUUID(), on });
					last = last == null || on.isAfter(last) ? on : last;
					recentInYear += on.isAfter(reference.minusMonths(12)) ? 1 : 0;
				}
				long sinceLast = ChronoUnit.MONTHS.between(last, reference);
				subjects.add(new Object[] { run, reference, subject, EFFECT_GROUPS.get(group).name(), age, gender, count,
						(int) sinceLast });
				// selection bias: the heavier the record, the likelier a trajectory
				boolean participant = random.nextDouble() < Math.min(0.8, 0.08 + count / 20.0);
				LocalDate start = participant ? reference.plusDays(7 + random.nextInt(30)) : reference;
				double risk = Math.min(0.9, 0.25 + 0.06 * recentInYear + (sinceLast < 4 ? 0.1 : 0))
						* (participant ? riskRatio : 1.0);
				if (random.nextDouble() < risk) {
					int extra = 1 + random.nextInt(1 + count / 3);
					for (int a = 0; a < extra; a++) {
						double u = random.nextDouble();
						antecedents.add(new Object[] { subject, UUID.randomUUID(), start.plusDays(1 + (long) (729 * u * u)) });
					}
				}
				if (participant) {
					OffsetDateTime at = start.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
					UUID trajectory = UUID.randomUUID();
					readModel.started(new TrajectoryStarted(trajectory, person, EFFECT_GROUPS.get(group),
							TrajectoryOrigin.PRIORITY_LIST, at), "Heerlen");
					readModel.changed(trajectory, "ASSIGNED", at.plusDays(3));
					readModel.changed(trajectory, "COMPLETED", at.plusDays(200 + random.nextInt(150)));
					close(trajectory, at.plusDays(400), ClosureReason.COMPLETED, now);
					if (random.nextInt(4) != 0) {
						LocalDate firstAssessment = start.plusDays(20);
						LocalDate latest = start.plusDays(180 + random.nextInt(200));
						for (String domain : EffectReports.ZRM_DOMAINS) {
							int score = 1 + random.nextInt(4);
							double change = random.nextDouble();
							int later = Math.max(1, Math.min(5, score + (change < 0.45 ? 1 : change < 0.85 ? 0 : -1)));
							scores.add(new Object[] { subject, firstAssessment, domain, score });
							scores.add(new Object[] { subject, latest, domain, later });
						}
					}
				}
			}
		}
		batch.batchUpdate("""
				INSERT INTO reporting_selection_subject (run_id, reference_date, subject, category, age_band, gender,
				  antecedents_before, months_since_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", subjects);
		batch.batchUpdate("""
				INSERT INTO reporting_antecedent (subject, antecedent_key, registered_on) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""", antecedents);
		batch.batchUpdate("""
				INSERT INTO reporting_assessment_score (subject, assessed_on, domain, score) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", scores);
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
