package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The partner on whose behalf the house processes a person's data (model privacy protocol 2018), per case that
 * brought the person in, and the transfers of a person's data from one partner to another with their legal basis.
 * Written in the caller's transaction; the subject access export lists both.
 */
@Service
public class ResponsiblePartners {

	/** Legal basis of passing case data to a partner invited to a case conference. */
	public static final String CASE_CONFERENCE_BASIS = "Wpg art. 20 jo. Besluit politiegegevens art. 4:3; "
			+ "Wjsg art. 39f lid 1 onder d; AVG art. 6 lid 1 onder e (privacyconvenant van het veiligheidshuis)";

	private final JdbcClient jdbc;
	private final Clock clock;

	ResponsiblePartners(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that the partner is responsible for the person's data brought in by this object (idempotent). */
	public void responsible(UUID person, UUID partner, String activity, String objectType, String objectId) {
		jdbc.sql("""
				INSERT INTO privacy_responsible_partner (person_id, partner_id, since, activity, object_type, object_id)
				VALUES (:person, :partner, :now, :activity, :type, :id) ON CONFLICT DO NOTHING""")
			.param("person", person).param("partner", partner).param("now", OffsetDateTime.now(clock))
			.param("activity", activity).param("type", objectType).param("id", objectId)
			.update();
	}

	/** The partner first responsible for the person, if any. */
	public Optional<UUID> responsibleFor(UUID person) {
		return jdbc.sql("SELECT partner_id FROM privacy_responsible_partner WHERE person_id = :person ORDER BY since LIMIT 1")
			.param("person", person)
			.query(UUID.class)
			.optional();
	}

	/** Records a transfer of the person's data from the responsible partner to another. */
	public void transferred(UUID person, UUID source, UUID recipient, String legalBasis, String activity,
			String objectType, String objectId) {
		if (source.equals(recipient)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO privacy_transfer (id, person_id, source_id, recipient_id, legal_basis, activity, object_type,
				  object_id, at) VALUES (:id, :person, :source, :recipient, :basis, :activity, :type, :object, :now)""")
			.param("id", UUID.randomUUID()).param("person", person).param("source", source).param("recipient", recipient)
			.param("basis", legalBasis).param("activity", activity).param("type", objectType).param("object", objectId)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	/** The partners responsible for the person, oldest first. */
	public List<UUID> of(UUID person) {
		return jdbc.sql("SELECT partner_id FROM privacy_responsible_partner WHERE person_id = :person ORDER BY since")
			.param("person", person)
			.query(UUID.class)
			.list();
	}

	/** Erases the person's rows; in the caller's transaction (the retention job's). */
	int erase(UUID person) {
		return jdbc.sql("DELETE FROM privacy_responsible_partner WHERE person_id = :person").param("person", person).update()
				+ jdbc.sql("DELETE FROM privacy_transfer WHERE person_id = :person").param("person", person).update();
	}
}
