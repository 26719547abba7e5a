package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.privacy.DataSubjects;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.RetentionParticipant;
import nl.veiligheidshuis.privacy.RetentionPeriods;
import nl.veiligheidshuis.privacy.SubjectAccessContributor;

/**
 * The person registry's part in privacy operations: its retention (a source record is kept
 * {@code source-record} after receipt unless another module keeps the person longer), erasure of the person
 * with everything the registry holds (source records, review items, merges, and persons merged into this one,
 * who are the same human), its section of a subject access export, and names for privacy pages.
 */
@Component
class PersonsPrivacy implements RetentionParticipant, SubjectAccessContributor, DataSubjects {

	private final JdbcClient jdbc;
	private final RetentionPeriods periods;

	PersonsPrivacy(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public int erasureOrder() {
		return 1000; // last: other modules' records refer to the person
	}

	@Override
	public Set<UUID> expired(LocalDate today) {
		return persons("<", today);
	}

	@Override
	public Set<UUID> retained(LocalDate today) {
		return persons(">=", today);
	}

	private Set<UUID> persons(String comparison, LocalDate today) {
		OffsetDateTime cutoff = today.minus(periods.periodOf(RetentionPeriods.SOURCE_RECORD, null))
			.atStartOfDay()
			.atOffset(ZoneOffset.UTC);
		return new HashSet<>(jdbc.sql("SELECT person_id FROM persons_source_record GROUP BY person_id HAVING max(received_at) "
				+ comparison + " :cutoff")
			.param("cutoff", cutoff)
			.query(UUID.class)
			.list());
	}

	@Override
	public List<Erased> erase(UUID person) {
		// The persons merged into this one are the same human: they go with it.
		Set<UUID> all = new LinkedHashSet<>(jdbc.sql("""
				WITH RECURSIVE merged(id) AS (SELECT CAST(:person AS uuid)
				  UNION SELECT m.from_person_id FROM persons_merge m JOIN merged ON m.into_person_id = merged.id)
				SELECT id FROM merged""")
			.param("person", person)
			.query(UUID.class)
			.list());
		List<UUID> ids = List.copyOf(all);
		List<String> merges = jdbc.sql("""
				DELETE FROM persons_merge WHERE from_person_id = ANY(:ids) OR into_person_id = ANY(:ids)
				  OR review_item_id IN (SELECT r.id FROM persons_review_item r JOIN persons_source_record s
				                        ON s.id = r.source_record_id WHERE s.person_id = ANY(:ids))
				  OR review_item_id IN (SELECT id FROM persons_review_item WHERE candidate_person_id = ANY(:ids))
				RETURNING id""")
			.param("ids", ids.toArray(UUID[]::new))
			.query(String.class)
			.list();
		List<String> reviews = jdbc.sql("""
				DELETE FROM persons_review_item WHERE candidate_person_id = ANY(:ids)
				  OR source_record_id IN (SELECT id FROM persons_source_record WHERE person_id = ANY(:ids))
				RETURNING id""")
			.param("ids", ids.toArray(UUID[]::new))
			.query(String.class)
			.list();
		List<String> sources = jdbc.sql("DELETE FROM persons_source_record WHERE person_id = ANY(:ids) RETURNING id")
			.param("ids", ids.toArray(UUID[]::new))
			.query(String.class)
			.list();
		List<String> persons = jdbc.sql("DELETE FROM persons_person WHERE id = ANY(:ids) RETURNING id")
			.param("ids", ids.toArray(UUID[]::new))
			.query(String.class)
			.list();
		return List.of(new Erased("persons-merge", merges), new Erased("persons-review-item", reviews),
				new Erased(RetentionPeriods.SOURCE_RECORD, sources), new Erased("person", persons));
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public List<Section> contribute(UUID person) {
		List<Item> items = jdbc.sql("""
				SELECT * FROM persons_source_record WHERE person_id = :person ORDER BY received_at""")
			.param("person", person)
			.query((rows, number) -> {
				List<Field> fields = new ArrayList<>();
				Field.addIfPresent(fields, "sar.field.receivedAt", rows.getObject("received_at", OffsetDateTime.class).toLocalDate());
				Field.addIfPresent(fields, "sar.field.reference", rows.getString("reference"));
				Field.addIfPresent(fields, "sar.field.bsn", rows.getString("bsn"));
				Field.addIfPresent(fields, "sar.field.givenNames", rows.getString("given_names"));
				Field.addIfPresent(fields, "sar.field.surnamePrefix", rows.getString("surname_prefix"));
				Field.addIfPresent(fields, "sar.field.surname", rows.getString("surname"));
				Field.addIfPresent(fields, "sar.field.alias", rows.getString("alias"));
				Field.addIfPresent(fields, "sar.field.dateOfBirth", rows.getObject("date_of_birth", LocalDate.class));
				Field.addIfPresent(fields, "sar.field.gender", rows.getString("gender"));
				Field.addIfPresent(fields, "sar.field.street", rows.getString("street"));
				Field.addIfPresent(fields, "sar.field.houseNumber", rows.getString("house_number"));
				Field.addIfPresent(fields, "sar.field.postalCode", rows.getString("postal_code"));
				Field.addIfPresent(fields, "sar.field.city", rows.getString("city"));
				return new Item(rows.getString("id"), rows.getString("organisation_name"), fields);
			})
			.list();
		return items.isEmpty() ? List.of()
				: List.of(new Section("sar.section.sourceRecords", ProcessingActivities.PERSON_REGISTRY,
						RetentionPeriods.SOURCE_RECORD, items));
	}

	@Override
	public Optional<String> displayName(UUID person) {
		return jdbc.sql("SELECT coalesce(display_name, '') FROM persons_person WHERE id = :id")
			.param("id", person)
			.query(String.class)
			.optional();
	}
}
