package nl.veiligheidshuis.intake;

import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ByLastInvolvement;
import nl.veiligheidshuis.privacy.RetentionPeriods;
import nl.veiligheidshuis.privacy.SubjectAccessContributor;

/**
 * Intake's part in privacy operations. A referral is kept {@code referral} (the longest of its target groups)
 * after its decision, an open one always; a police antecedent {@code police-antecedent} after its registration
 * (Wpg art. 14), also on its own, resolved or not; rejected import rows {@code rejected-import-row} after their
 * import. Erasing a person removes their referrals and antecedents.
 */
@Component
class IntakePrivacy implements ByLastInvolvement, SubjectAccessContributor {

	private final JdbcClient jdbc;
	private final RetentionPeriods periods;

	IntakePrivacy(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public int erasureOrder() {
		return 300;
	}

	@Override
	public List<Involvement> involvements() {
		List<Involvement> all = new ArrayList<>(jdbc.sql("""
				SELECT person_id, decided_at, target_groups FROM intake_referral""")
			.query((rows, number) -> {
				OffsetDateTime decided = rows.getObject("decided_at", OffsetDateTime.class);
				LocalDate expires = decided == null ? LocalDate.MAX
						: decided.toLocalDate().plus(periods.longestOf(RetentionPeriods.REFERRAL, groups(rows.getArray("target_groups"))));
				return new Involvement(rows.getObject("person_id", UUID.class), expires);
			})
			.list());
		all.addAll(jdbc.sql("""
				SELECT person_id, max(registration_date) AS last FROM intake_antecedent WHERE person_id IS NOT NULL
				GROUP BY person_id""")
			.query((rows, number) -> new Involvement(rows.getObject("person_id", UUID.class), rows.getObject("last",
					LocalDate.class).plus(periods.periodOf(RetentionPeriods.POLICE_ANTECEDENT, null))))
			.list());
		return all;
	}

	private static List<TargetGroup> groups(Array array) throws java.sql.SQLException {
		return Arrays.stream((String[]) array.getArray()).map(TargetGroup::valueOf).toList();
	}

	@Override
	public List<Erased> erase(UUID person) {
		List<String> referrals = jdbc.sql("SELECT id FROM intake_referral WHERE person_id = :person")
			.param("person", person)
			.query(String.class)
			.list();
		jdbc.sql("DELETE FROM intake_referral_participant WHERE referral_id IN (SELECT id FROM intake_referral WHERE person_id = :person)")
			.param("person", person)
			.update();
		jdbc.sql("DELETE FROM intake_referral WHERE person_id = :person").param("person", person).update();
		List<String> antecedents = jdbc.sql("DELETE FROM intake_antecedent WHERE person_id = :person RETURNING registration_id")
			.param("person", person)
			.query(String.class)
			.list();
		return List.of(new Erased(RetentionPeriods.REFERRAL, referrals),
				new Erased(RetentionPeriods.POLICE_ANTECEDENT, antecedents));
	}

	@Override
	public List<Erased> eraseExpiredRecords(LocalDate today) {
		LocalDate antecedentCutoff = today.minus(periods.periodOf(RetentionPeriods.POLICE_ANTECEDENT, null));
		// Counted per import, not listed one by one: a run can erase millions of antecedents at national scale,
		// and their registration ids would make one audit record of tens of megabytes.
		record PerImport(UUID importId, int count) {
		}
		List<PerImport> perImport = jdbc.sql("""
				WITH gone AS (DELETE FROM intake_antecedent WHERE registration_date < :cutoff RETURNING import_id)
				SELECT import_id, count(*) FROM gone GROUP BY import_id ORDER BY import_id""")
			.param("cutoff", antecedentCutoff)
			.query((rs, n) -> new PerImport(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		Erased antecedents = new Erased(RetentionPeriods.POLICE_ANTECEDENT,
				perImport.stream().mapToInt(PerImport::count).sum(),
				perImport.stream()
					.map(i -> "import " + i.importId() + " geregistreerd voor " + antecedentCutoff + ": " + i.count())
					.toList());
		OffsetDateTime rejectCutoff = today.minus(periods.periodOf(RetentionPeriods.REJECTED_IMPORT_ROW, null))
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
		List<String> rejects = jdbc.sql("""
				DELETE FROM intake_import_reject r USING intake_import i
				WHERE i.id = r.import_id AND i.imported_at < :cutoff RETURNING r.import_id || '#' || r.line""")
			.param("cutoff", rejectCutoff)
			.query(String.class)
			.list();
		return List.of(antecedents, new Erased(RetentionPeriods.REJECTED_IMPORT_ROW, rejects));
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<Section> contribute(UUID person) {
		List<Section> sections = new ArrayList<>();
		List<Item> referrals = jdbc.sql("SELECT * FROM intake_referral WHERE person_id = :person ORDER BY received_at")
			.param("person", person)
			.query((rows, number) -> {
				List<Field> fields = new ArrayList<>();
				Field.addIfPresent(fields, "sar.field.kind", rows.getString("kind"));
				Field.addIfPresent(fields, "sar.field.status", rows.getString("status"));
				Field.addIfPresent(fields, "sar.field.receivedAt", rows.getObject("received_at", OffsetDateTime.class).toLocalDate());
				Field.addIfPresent(fields, "sar.field.targetGroups", String.join(", ", (String[]) rows.getArray("target_groups").getArray()));
				Field.addIfPresent(fields, "sar.field.bsn", rows.getString("bsn"));
				Field.addIfPresent(fields, "sar.field.givenNames", rows.getString("given_names"));
				Field.addIfPresent(fields, "sar.field.surnamePrefix", rows.getString("surname_prefix"));
				Field.addIfPresent(fields, "sar.field.surname", rows.getString("surname"));
				Field.addIfPresent(fields, "sar.field.dateOfBirth", rows.getObject("date_of_birth", LocalDate.class));
				Field.addIfPresent(fields, "sar.field.street", rows.getString("street"));
				Field.addIfPresent(fields, "sar.field.houseNumber", rows.getString("house_number"));
				Field.addIfPresent(fields, "sar.field.postalCode", rows.getString("postal_code"));
				Field.addIfPresent(fields, "sar.field.city", rows.getString("city"));
				Field.addIfPresent(fields, "sar.field.reason", rows.getString("reason"));
				Field.addIfPresent(fields, "sar.field.goal", rows.getString("goal"));
				Field.addIfPresent(fields, "sar.field.decision", rows.getString("decision_reason"));
				Field.addIfPresent(fields, "sar.field.referredTo", rows.getString("referred_to"));
				return new Item(rows.getString("reference"), rows.getString("organisation_name"), fields);
			})
			.list();
		if (!referrals.isEmpty()) {
			sections.add(new Section("sar.section.referrals", ProcessingActivities.REFERRAL, RetentionPeriods.REFERRAL,
					referrals));
		}
		List<Item> antecedents = jdbc.sql("""
				SELECT registration_id, registration_date, offence_code, offence_category FROM intake_antecedent
				WHERE person_id = :person ORDER BY registration_date""")
			.param("person", person)
			.query((rows, number) -> {
				List<Field> fields = new ArrayList<>();
				Field.addIfPresent(fields, "sar.field.registrationDate", rows.getObject("registration_date", LocalDate.class));
				Field.addIfPresent(fields, "sar.field.offenceCode", rows.getString("offence_code"));
				Field.addIfPresent(fields, "sar.field.offenceCategory", rows.getString("offence_category"));
				return new Item(rows.getString("registration_id"), null, fields);
			})
			.list();
		if (!antecedents.isEmpty()) {
			sections.add(new Section("sar.section.antecedents", ProcessingActivities.POLICE_LIST_IMPORT,
					RetentionPeriods.POLICE_ANTECEDENT, antecedents));
		}
		return sections;
	}
}
