package nl.veiligheidshuis.victims;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.intake.PoliceDomesticViolenceRegistered;
import nl.veiligheidshuis.privacy.AuditAction;
import nl.veiligheidshuis.privacy.AuditActor;
import nl.veiligheidshuis.privacy.AuditEntry;
import nl.veiligheidshuis.privacy.AuditLog;
import nl.veiligheidshuis.privacy.ProcessingActivities;
import nl.veiligheidshuis.privacy.ProcessingPurpose;

/**
 * Domestic-violence registrations of the police list become incidents, with the registered person as suspect
 * and the police as source (issue 9: "incidents … from the police import"). The list names no victims, so such an
 * incident has none until a partner records the incident with its victims; it counts for the repeat-case rule of
 * the suspect's domestic-violence case (a new incident within 12 months of its last conference). One incident per
 * registration: its id derives from the police's registration id, so an event delivered twice adds nothing.
 */
@Component
class PoliceRegistrations {

	private final JdbcClient jdbc;
	private final AuditLog auditLog;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	PoliceRegistrations(JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PoliceDomesticViolenceRegistered registered) {
		UUID id = incidentId(registered);
		int added = jdbc.sql("""
				INSERT INTO victims_incident (id, occurred_on, kind, description, source_organisation_id,
				  source_organisation_name, registered_by, registered_at)
				VALUES (:id, :on, :kind, :description, :org, :orgName, NULL, :at) ON CONFLICT (id) DO NOTHING""")
			.param("id", id).param("on", registered.registeredOn()).param("kind", IncidentKind.DOMESTIC_VIOLENCE.name())
			.param("description", messages.getMessage("victims.incident.fromPoliceList", null, Locale.forLanguageTag("nl")))
			.param("org", registered.policeOrganisationId()).param("orgName", registered.policeOrganisationName())
			.param("at", OffsetDateTime.now(clock))
			.update();
		if (added == 0) {
			return;
		}
		jdbc.sql("INSERT INTO victims_incident_person (incident_id, person_id, role) VALUES (:i, :p, :r)")
			.param("i", id).param("p", registered.personId()).param("r", IncidentRole.SUSPECT.name()).update();
		auditLog.record(AuditEntry.of(AuditAction.CREATE, ProcessingPurpose.PERSON_CENTRED_APPROACH, "incident", id)
			.concerning(registered.personId())
			.by(AuditActor.system())
			.forActivity(ProcessingActivities.VICTIM_SUPPORT));
		events.publishEvent(new IncidentRecorded(id, Set.of(), registered.registeredOn(), true));
	}

	static UUID incidentId(PoliceDomesticViolenceRegistered registered) {
		return UUID.nameUUIDFromBytes(("police-registration:" + registered.policeOrganisationId() + ":"
				+ registered.registrationId()).getBytes(StandardCharsets.UTF_8));
	}
}
