package nl.veiligheidshuis.reporting;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.agenda.ActionItemCompleted;
import nl.veiligheidshuis.agenda.ActionItemRecorded;
import nl.veiligheidshuis.agenda.CaseConferenceHeld;
import nl.veiligheidshuis.partners.Municipalities;
import nl.veiligheidshuis.partners.Municipality;
import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.trajectories.CommitmentAnswered;
import nl.veiligheidshuis.trajectories.TrajectoryAssigned;
import nl.veiligheidshuis.trajectories.TrajectoryClosed;
import nl.veiligheidshuis.trajectories.TrajectoryStarted;
import nl.veiligheidshuis.trajectories.TrajectoryStateChanged;

/**
 * The read model of the reports, fed by the events of trajectories and agenda (each listener runs after the
 * publishing transaction committed, in its own transaction, and is idempotent so a republished event changes
 * nothing). It keeps a pseudonym instead of the person id and the district municipality instead of the place
 * of residence: no names, BSNs or addresses, so it outlives the erasure of the dossiers.
 */
@Component
class ReadModel {

	/** Places of the district that are not municipalities themselves, to the municipality they belong to. */
	static final Map<String, String> PLACES = Map.of("hoensbroek", "Heerlen", "schinveld", "Onderbanken", "hulsberg",
			"Nuth", "schimmert", "Nuth", "ubachsberg", "Voerendaal", "merkelbeek", "Onderbanken");

	private final JdbcClient jdbc;
	private final Persons persons;
	private final Municipalities municipalities;
	private final String pseudonymKey;
	/**
	 * One keyed HMAC per thread (a Mac is not thread-safe; {@code doFinal} leaves it ready for the next): looking the
	 * algorithm up and keying it for every pseudonym cost more than the hash itself. Listeners run on a virtual
	 * thread per event, so this lasts one event: for a selection run's feed, millions of pseudonyms.
	 */
	private final ThreadLocal<javax.crypto.Mac> hmac;

	ReadModel(JdbcClient jdbc, Persons persons, Municipalities municipalities,
			@Value("${vh.reporting.pseudonym-key:veiligheidshuis-rapportage}") String pseudonymKey) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.municipalities = municipalities;
		this.pseudonymKey = pseudonymKey;
		this.hmac = ThreadLocal.withInitial(this::keyedHmac);
	}

	/**
	 * The pseudonym of a person in the read model: HMAC-SHA256 of the person id under the house's key
	 * ({@code VH_REPORTING_PSEUDONYM_KEY}, secret in production), cut to a UUID. The same person gives the same
	 * pseudonym; without the key nothing leads back, not even for someone who knows a person id.
	 */
	UUID pseudonym(UUID personId) {
		java.nio.ByteBuffer digest = java.nio.ByteBuffer.wrap(hmac.get().doFinal(personId.toString()
			.getBytes(StandardCharsets.UTF_8)));
		return new UUID(digest.getLong(), digest.getLong());
	}


	private javax.crypto.Mac keyedHmac() {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(pseudonymKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (java.security.GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** A person's victim incidents, for repeat victimisation: one row per incident and victim, pseudonymous. */
	@org.springframework.modulith.events.ApplicationModuleListener
	void on(nl.veiligheidshuis.victims.IncidentRecorded incident) {
		for (UUID victim : incident.victims()) {
			UUID row = UUID.nameUUIDFromBytes((incident.incidentId() + ":" + victim).getBytes(StandardCharsets.UTF_8));
			jdbc.sql("""
					INSERT INTO reporting_victim_incident (incident_id, subject, occurred_on, domestic)
					VALUES (:id, :subject, :on, :domestic) ON CONFLICT (incident_id) DO NOTHING""")
				.param("id", row).param("subject", pseudonym(victim)).param("on", incident.occurredOn())
				.param("domestic", incident.domestic()).update();
		}
	}

	/** The district municipality of a place of residence; empty outside the district or unknown. */
	Optional<String> municipalityOf(@Nullable String place) {
		if (place == null) {
			return Optional.empty();
		}
		String key = place.strip().toLowerCase(Locale.ROOT);
		return municipalities.all().stream()
			.map(Municipality::name)
			.filter(name -> name.toLowerCase(Locale.ROOT).equals(key) || name.equals(PLACES.get(key)))
			.findFirst();
	}

	@ApplicationModuleListener
	void on(TrajectoryStarted started) {
		started(started, municipalityOf(persons.residenceForStatistics(started.personId()).orElse(null)).orElse(null));
	}

	/** Also used by tests that feed a generated history straight in. */
	@Transactional
	void started(TrajectoryStarted started, @Nullable String municipality) {
		jdbc.sql("""
				INSERT INTO reporting_trajectory (trajectory_id, subject, target_group, origin, municipality, state, started_at)
				VALUES (:id, :subject, :group, :origin, :municipality, 'SELECTED', :at)
				ON CONFLICT (trajectory_id) DO NOTHING""")
			.param("id", started.trajectoryId())
			.param("subject", pseudonym(started.personId()))
			.param("group", started.targetGroup().name())
			.param("origin", started.origin().name())
			.param("municipality", municipality)
			.param("at", started.at())
			.update();
		transition(started.trajectoryId(), "SELECTED", started.at());
	}

	@ApplicationModuleListener
	void on(TrajectoryAssigned assigned) {
		assigned(assigned);
	}

	@Transactional
	void assigned(TrajectoryAssigned assigned) {
		int known = jdbc.sql("""
				SELECT count(*) FROM reporting_assignment
				WHERE trajectory_id = :id AND intervention_manager = :im AND from_at = :at""")
			.param("id", assigned.trajectoryId()).param("im", assigned.interventionManager()).param("at", assigned.at())
			.query(Integer.class).single();
		if (known > 0) {
			return;
		}
		jdbc.sql("UPDATE reporting_assignment SET to_at = :at WHERE trajectory_id = :id AND to_at IS NULL")
			.param("id", assigned.trajectoryId()).param("at", assigned.at()).update();
		jdbc.sql("""
				INSERT INTO reporting_assignment (trajectory_id, intervention_manager, from_at)
				VALUES (:id, :im, :at)""")
			.param("id", assigned.trajectoryId()).param("im", assigned.interventionManager()).param("at", assigned.at())
			.update();
	}

	@ApplicationModuleListener
	void on(TrajectoryStateChanged changed) {
		changed(changed.trajectoryId(), changed.to().name(), changed.at());
	}

	/** A state entered; the first entry of each milestone state is kept on the trajectory row. */
	@Transactional
	void changed(UUID trajectoryId, String to, OffsetDateTime at) {
		if (!transition(trajectoryId, to, at)) {
			return;
		}
		String column = switch (to) {
			case "ASSIGNED" -> "assigned_at";
			case "OFFERED" -> "offered_at";
			case "CONTRACTED" -> "contracted_at";
			case "IN_EXECUTION" -> "execution_at";
			case "COMPLETED" -> "completed_at";
			case "ESCALATED" -> "escalated_at";
			case "CLOSED" -> "closed_at";
			default -> null;
		};
		String milestone = column == null ? "" : ", " + column + " = COALESCE(" + column + ", :at)";
		jdbc.sql("UPDATE reporting_trajectory SET state = :to" + milestone + " WHERE trajectory_id = :id")
			.param("id", trajectoryId).param("to", to).param("at", at).update();
	}

	@ApplicationModuleListener
	void on(TrajectoryClosed closed) {
		closed(closed);
	}

	@Transactional
	void closed(TrajectoryClosed closed) {
		jdbc.sql("""
				UPDATE reporting_trajectory SET state = 'CLOSED', closed_at = COALESCE(closed_at, :at), closure_reason = :reason
				WHERE trajectory_id = :id""")
			.param("id", closed.trajectoryId()).param("at", closed.at()).param("reason", closed.reason().name()).update();
		jdbc.sql("UPDATE reporting_assignment SET to_at = :at WHERE trajectory_id = :id AND to_at IS NULL")
			.param("id", closed.trajectoryId()).param("at", closed.at()).update();
	}

	@ApplicationModuleListener
	void on(CommitmentAnswered answered) {
		jdbc.sql("""
				INSERT INTO reporting_commitment_answer (intervention_id, owner_id, requested_at, answered_at, confirmed)
				VALUES (:id, :owner, :requested, :answered, :confirmed) ON CONFLICT DO NOTHING""")
			.param("id", answered.interventionId()).param("owner", answered.ownerId())
			.param("requested", answered.requestedAt()).param("answered", answered.answeredAt())
			.param("confirmed", answered.confirmed()).update();
	}

	@ApplicationModuleListener
	void on(CaseConferenceHeld held) {
		jdbc.sql("INSERT INTO reporting_conference (conference_id, starts_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
			.param("id", held.conferenceId()).param("at", held.startsAt()).update();
	}

	@ApplicationModuleListener
	void on(ActionItemRecorded recorded) {
		jdbc.sql("INSERT INTO reporting_action_item (action_item_id, due_on) VALUES (:id, :due) ON CONFLICT DO NOTHING")
			.param("id", recorded.actionItemId()).param("due", recorded.dueOn()).update();
	}

	@ApplicationModuleListener
	void on(ActionItemCompleted completed) {
		jdbc.sql("""
				INSERT INTO reporting_action_item (action_item_id, due_on, completed_on) VALUES (:id, :due, :done)
				ON CONFLICT (action_item_id) DO UPDATE SET completed_on = COALESCE(reporting_action_item.completed_on, :done)""")
			.param("id", completed.actionItemId()).param("due", completed.dueOn()).param("done", completed.completedOn())
			.update();
	}

	/** Records a state entered; false when this very entry (same state, same moment) was recorded already. */
	private boolean transition(UUID trajectoryId, String to, OffsetDateTime at) {
		int known = jdbc.sql("SELECT count(*) FROM reporting_transition WHERE trajectory_id = :id AND to_state = :to AND at = :at")
			.param("id", trajectoryId).param("to", to).param("at", at).query(Integer.class).single();
		if (known > 0) {
			return false;
		}
		jdbc.sql("INSERT INTO reporting_transition (trajectory_id, to_state, at) VALUES (:id, :to, :at)")
			.param("id", trajectoryId).param("to", to).param("at", at).update();
		return true;
	}
}
