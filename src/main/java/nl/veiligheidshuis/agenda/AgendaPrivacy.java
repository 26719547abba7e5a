package nl.veiligheidshuis.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ByLastInvolvement;
import nl.veiligheidshuis.privacy.RetentionPeriods;
import nl.veiligheidshuis.privacy.SubjectAccessContributor;
import nl.veiligheidshuis.privacy.SubjectAccessRows;

/**
 * The agenda's part in privacy operations: an item about a client is kept {@code case-conference-item} after its
 * conference; erasing the person removes their items with scenarios, external invitees, decisions, action items
 * and outcomes, and their appointments (with participants and room booking). The conference itself (time,
 * room, chair, attendance of professionals) stays.
 */
@Component
class AgendaPrivacy implements ByLastInvolvement, SubjectAccessContributor {

	private static final List<String> ITEM_TABLES = List.of("agenda_external_invitee", "agenda_decision",
			"agenda_action_item", "agenda_outcome");

	private final JdbcClient jdbc;
	private final RetentionPeriods periods;

	AgendaPrivacy(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public int erasureOrder() {
		return 100;
	}

	@Override
	public List<Involvement> involvements() {
		return jdbc.sql("""
				SELECT person_id, max(last) AS last FROM (
				  SELECT i.person_id, c.ends_at AS last FROM agenda_item i JOIN agenda_case_conference c
				    ON c.id = i.conference_id WHERE i.person_id IS NOT NULL
				  UNION ALL SELECT person_id, ends_at FROM agenda_appointment WHERE person_id IS NOT NULL
				) involvement GROUP BY person_id""")
			.query((rows, number) -> new Involvement(rows.getObject("person_id", UUID.class),
					rows.getObject("last", OffsetDateTime.class).toLocalDate()
						.plus(periods.periodOf(RetentionPeriods.CASE_CONFERENCE_ITEM, null))))
			.list();
	}

	@Override
	public List<Erased> erase(UUID person) {
		List<Erased> erased = new ArrayList<>();
		// appointments about the person (their trajectory): with their participants and room booking
		List<UUID> appointments = jdbc.sql("SELECT id FROM agenda_appointment WHERE person_id = :person")
			.param("person", person).query(UUID.class).list();
		if (!appointments.isEmpty()) {
			UUID[] ids = appointments.toArray(UUID[]::new);
			jdbc.sql("DELETE FROM agenda_room_booking WHERE appointment_id = ANY(:ids)").param("ids", ids).update();
			jdbc.sql("DELETE FROM agenda_appointment_participant WHERE appointment_id = ANY(:ids)").param("ids", ids)
				.update();
			jdbc.sql("DELETE FROM agenda_appointment WHERE id = ANY(:ids)").param("ids", ids).update();
			erased.add(new Erased(RetentionPeriods.CASE_CONFERENCE_ITEM, appointments.stream().map(UUID::toString).toList()));
		}
		List<UUID> items = jdbc.sql("SELECT id FROM agenda_item WHERE person_id = :person")
			.param("person", person)
			.query(UUID.class)
			.list();
		if (items.isEmpty()) {
			return erased;
		}
		UUID[] ids = items.toArray(UUID[]::new);
		jdbc.sql("DELETE FROM agenda_scenario_partner WHERE scenario_id IN (SELECT id FROM agenda_scenario WHERE item_id = ANY(:ids))")
			.param("ids", ids)
			.update();
		jdbc.sql("DELETE FROM agenda_scenario WHERE item_id = ANY(:ids)").param("ids", ids).update();
		for (String table : ITEM_TABLES) {
			jdbc.sql("DELETE FROM " + table + " WHERE item_id = ANY(:ids)").param("ids", ids).update();
		}
		jdbc.sql("DELETE FROM agenda_item WHERE id = ANY(:ids)").param("ids", ids).update();
		erased.add(new Erased(RetentionPeriods.CASE_CONFERENCE_ITEM, items.stream().map(UUID::toString).toList()));
		return erased;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public List<Section> contribute(UUID person) {
		Map<String, UUID> params = Map.of("person", person);
		String ofPerson = " WHERE item_id IN (SELECT id FROM agenda_item WHERE person_id = :person)";
		List<Section> sections = new ArrayList<>();
		add(sections, "sar.section.conferenceItems", SubjectAccessRows.of(jdbc, """
				SELECT i.*, c.starts_at AS conference_starts_at FROM agenda_item i
				JOIN agenda_case_conference c ON c.id = i.conference_id WHERE i.person_id = :person ORDER BY c.starts_at""",
				params, "conference_starts_at", null));
		add(sections, "sar.section.scenarios", SubjectAccessRows.of(jdbc, "SELECT * FROM agenda_scenario" + ofPerson,
				params, "prepared_at", null));
		add(sections, "sar.section.decisions", SubjectAccessRows.of(jdbc, "SELECT * FROM agenda_decision" + ofPerson,
				params, "recorded_at", null));
		add(sections, "sar.section.actionItems", SubjectAccessRows.of(jdbc, "SELECT * FROM agenda_action_item" + ofPerson,
				params, "due_on", "owner_organisation_name"));
		add(sections, "sar.section.outcomes", SubjectAccessRows.of(jdbc, "SELECT * FROM agenda_outcome" + ofPerson,
				params, "published_at", null));
		add(sections, "sar.section.appointments", SubjectAccessRows.of(jdbc,
				"SELECT * FROM agenda_appointment WHERE person_id = :person ORDER BY starts_at", params, "starts_at", null));
		return sections;
	}

	private static void add(List<Section> sections, String title, List<Item> items) {
		if (!items.isEmpty()) {
			sections.add(new Section(title, ProcessingActivities.CASE_CONFERENCE, RetentionPeriods.CASE_CONFERENCE_ITEM,
					items));
		}
	}
}
