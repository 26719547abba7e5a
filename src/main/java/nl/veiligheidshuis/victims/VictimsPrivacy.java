package nl.veiligheidshuis.victims;

import java.time.LocalDate;
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
 * The victims module's part in privacy operations: a person's victim records (incidents in any role, support
 * offers, domestic-violence cases with their risk assessments and restraining orders, early signals) are kept
 * {@code victim-record} after the last involvement — the latest incident, offer or its outcome, signal or its
 * outcome, case opening, last case conference or end of a restraining order. Erasing the person removes their
 * roles and their own records; an incident or case that then concerns nobody goes with them.
 */
@Component
class VictimsPrivacy implements ByLastInvolvement, SubjectAccessContributor {

	private final JdbcClient jdbc;
	private final RetentionPeriods periods;

	VictimsPrivacy(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public int erasureOrder() {
		return 150;
	}

	@Override
	public List<Involvement> involvements() {
		return jdbc.sql("""
				SELECT person_id, max(last) AS last FROM (
				  SELECT p.person_id, i.occurred_on AS last FROM victims_incident_person p
				    JOIN victims_incident i ON i.id = p.incident_id
				  UNION ALL SELECT person_id, coalesce(outcome_recorded_on, offered_on) FROM victims_support_offer
				  UNION ALL SELECT person_id, coalesce(outcome_recorded_on, signalled_on) FROM victims_early_signal
				  UNION ALL SELECT p.person_id, greatest(c.opened_at::date, c.last_conference_on,
				      (SELECT max(o.ends_on) FROM victims_restraining_order o WHERE o.case_id = c.id))
				    FROM victims_dv_case_person p JOIN victims_dv_case c ON c.id = p.case_id
				) involvement GROUP BY person_id""")
			.query((rows, number) -> new Involvement(rows.getObject("person_id", UUID.class),
					rows.getObject("last", LocalDate.class).plus(periods.periodOf(RetentionPeriods.VICTIM_RECORD, null))))
			.list();
	}

	@Override
	public List<Erased> erase(UUID person) {
		Map<String, UUID> of = Map.of("person", person);
		List<String> erased = new ArrayList<>();
		erased.addAll(ids("DELETE FROM victims_support_offer WHERE person_id = :person RETURNING id", of));
		erased.addAll(ids("DELETE FROM victims_early_signal WHERE person_id = :person RETURNING id", of));
		erased.addAll(ids("DELETE FROM victims_restraining_order WHERE person_id = :person RETURNING id", of));
		List<String> cases = ids("DELETE FROM victims_dv_case_person WHERE person_id = :person RETURNING case_id", of);
		List<String> incidents = ids("DELETE FROM victims_incident_person WHERE person_id = :person RETURNING incident_id",
				of);
		// a case or incident that now concerns nobody goes too (its description and safety plan were about them)
		for (String id : cases) {
			Map<String, UUID> c = Map.of("case", UUID.fromString(id));
			if (jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM victims_dv_case_person WHERE case_id = :case)").params(c)
				.query(Boolean.class).single()) {
				jdbc.sql("DELETE FROM victims_risk_assessment WHERE case_id = :case").params(c).update();
				jdbc.sql("DELETE FROM victims_restraining_order WHERE case_id = :case").params(c).update();
				jdbc.sql("DELETE FROM victims_dv_case WHERE id = :case").params(c).update();
			}
			erased.add(id);
		}
		for (String id : incidents) {
			Map<String, UUID> i = Map.of("incident", UUID.fromString(id));
			jdbc.sql("""
					DELETE FROM victims_incident WHERE id = :incident
					AND NOT EXISTS (SELECT 1 FROM victims_incident_person WHERE incident_id = :incident)""").params(i).update();
			erased.add(id);
		}
		return erased.isEmpty() ? List.of() : List.of(new Erased(RetentionPeriods.VICTIM_RECORD, erased));
	}

	private List<String> ids(String sql, Map<String, UUID> params) {
		return jdbc.sql(sql).params(params).query((rows, n) -> rows.getString(1)).list();
	}

	@Override
	public int order() {
		return 350;
	}

	@Override
	public List<Section> contribute(UUID person) {
		Map<String, UUID> params = Map.of("person", person);
		List<Section> sections = new ArrayList<>();
		add(sections, "sar.section.incidents", SubjectAccessRows.of(jdbc, """
				SELECT i.*, p.role FROM victims_incident i JOIN victims_incident_person p ON p.incident_id = i.id
				WHERE p.person_id = :person ORDER BY i.occurred_on""", params, "occurred_on", "source_organisation_name"));
		add(sections, "sar.section.supportOffers", SubjectAccessRows.of(jdbc,
				"SELECT * FROM victims_support_offer WHERE person_id = :person ORDER BY offered_on", params, "offered_on",
				"organisation_name"));
		add(sections, "sar.section.domesticViolenceCases", SubjectAccessRows.of(jdbc, """
				SELECT c.*, p.role FROM victims_dv_case c JOIN victims_dv_case_person p ON p.case_id = c.id
				WHERE p.person_id = :person ORDER BY c.opened_at""", params, "opened_at", null));
		add(sections, "sar.section.riskAssessments", SubjectAccessRows.of(jdbc, """
				SELECT r.* FROM victims_risk_assessment r JOIN victims_dv_case_person p ON p.case_id = r.case_id
				WHERE p.person_id = :person ORDER BY r.assessed_on""", params, "assessed_on", null));
		add(sections, "sar.section.restrainingOrders", SubjectAccessRows.of(jdbc, """
				SELECT o.* FROM victims_restraining_order o JOIN victims_dv_case_person p ON p.case_id = o.case_id
				WHERE p.person_id = :person ORDER BY o.imposed_on""", params, "imposed_on", null));
		add(sections, "sar.section.earlySignals", SubjectAccessRows.of(jdbc,
				"SELECT * FROM victims_early_signal WHERE person_id = :person ORDER BY signalled_on", params, "signalled_on",
				"source_organisation_name"));
		return sections;
	}

	private static void add(List<Section> sections, String title, List<Item> items) {
		if (!items.isEmpty()) {
			sections.add(new Section(title, ProcessingActivities.VICTIM_SUPPORT, RetentionPeriods.VICTIM_RECORD, items));
		}
	}
}
