package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ByLastInvolvement;
import nl.veiligheidshuis.privacy.RetentionPeriods;
import nl.veiligheidshuis.privacy.SubjectAccessContributor;
import nl.veiligheidshuis.privacy.SubjectAccessRows;

/**
 * The trajectories' part in privacy operations: a trajectory is kept {@code trajectory} (per target group)
 * after its closure, an open one always; erasing a person removes their trajectories with everything in them
 * (assessments, plans, commitments, offers and contracts, execution, progress, timeline).
 */
@Component
class TrajectoriesPrivacy implements ByLastInvolvement, SubjectAccessContributor {

	/** Child tables first; each has a trajectory_id (the progress report domains through their report). */
	private static final List<String> TABLES = List.of("trajectories_escalation_measure",
			"trajectories_intervention_status", "trajectories_offer", "trajectories_commitment",
			"trajectories_plan_intervention", "trajectories_plan_version", "trajectories_timeline_entry",
			"trajectories_participant");

	private final JdbcClient jdbc;
	private final RetentionPeriods periods;

	TrajectoriesPrivacy(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public int erasureOrder() {
		return 200;
	}

	@Override
	public List<Involvement> involvements() {
		return jdbc.sql("SELECT person_id, state, state_changed_at, target_group FROM trajectories_trajectory")
			.query((rows, number) -> new Involvement(rows.getObject("person_id", UUID.class),
					"CLOSED".equals(rows.getString("state"))
							? rows.getObject("state_changed_at", OffsetDateTime.class).toLocalDate()
								.plus(periods.periodOf(RetentionPeriods.TRAJECTORY,
										TargetGroup.valueOf(rows.getString("target_group"))))
							: LocalDate.MAX))
			.list();
	}

	@Override
	public List<Erased> erase(UUID person) {
		List<UUID> trajectories = jdbc.sql("SELECT id FROM trajectories_trajectory WHERE person_id = :person")
			.param("person", person)
			.query(UUID.class)
			.list();
		if (trajectories.isEmpty()) {
			return List.of();
		}
		UUID[] ids = trajectories.toArray(UUID[]::new);
		jdbc.sql("""
				DELETE FROM trajectories_progress_report_domain WHERE report_id IN
				  (SELECT id FROM trajectories_progress_report WHERE trajectory_id = ANY(:ids))""")
			.param("ids", ids)
			.update();
		jdbc.sql("DELETE FROM trajectories_progress_report WHERE trajectory_id = ANY(:ids)").param("ids", ids).update();
		jdbc.sql("""
				DELETE FROM trajectories_assessment_score WHERE assessment_id IN
				  (SELECT id FROM trajectories_assessment WHERE trajectory_id = ANY(:ids))""")
			.param("ids", ids)
			.update();
		jdbc.sql("DELETE FROM trajectories_assessment WHERE trajectory_id = ANY(:ids)").param("ids", ids).update();
		for (String table : TABLES) {
			jdbc.sql("DELETE FROM " + table + " WHERE trajectory_id = ANY(:ids)").param("ids", ids).update();
		}
		jdbc.sql("DELETE FROM trajectories_trajectory WHERE id = ANY(:ids)").param("ids", ids).update();
		return List.of(new Erased(RetentionPeriods.TRAJECTORY, trajectories.stream().map(UUID::toString).toList()));
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public List<Section> contribute(UUID person) {
		Map<String, UUID> params = Map.of("person", person);
		String ofPerson = " WHERE trajectory_id IN (SELECT id FROM trajectories_trajectory WHERE person_id = :person)";
		List<Section> sections = new ArrayList<>();
		add(sections, "sar.section.trajectories", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_trajectory WHERE person_id = :person ORDER BY started_at", params, "id", null));
		add(sections, "sar.section.trajectoryParticipants", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_participant" + ofPerson, params, "organisation_name", "organisation_name"));
		add(sections, "sar.section.trajectoryTimeline", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_timeline_entry" + ofPerson + " ORDER BY sequence", params, "at", null));
		add(sections, "sar.section.assessments", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_assessment" + ofPerson, params, "id", null));
		add(sections, "sar.section.plans", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_plan_intervention" + ofPerson, params, "intervention_id", null));
		add(sections, "sar.section.commitments", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_commitment" + ofPerson, params, "id", null));
		add(sections, "sar.section.offers", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_offer" + ofPerson, params, "id", null));
		add(sections, "sar.section.execution", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_intervention_status" + ofPerson, params, "intervention_id", null));
		add(sections, "sar.section.escalations", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_escalation_measure" + ofPerson, params, "id", null));
		add(sections, "sar.section.progressReports", SubjectAccessRows.of(jdbc,
				"SELECT * FROM trajectories_progress_report" + ofPerson, params, "reported_on", null));
		return sections;
	}

	private static void add(List<Section> sections, String title, List<Item> items) {
		if (!items.isEmpty()) {
			sections.add(new Section(title, ProcessingActivities.TRAJECTORY, RetentionPeriods.TRAJECTORY, items));
		}
	}
}
