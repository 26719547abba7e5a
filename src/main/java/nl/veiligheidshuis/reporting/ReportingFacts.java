package nl.veiligheidshuis.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The input other modules feed the reports with when the reports cannot listen to an event of theirs. The
 * victims module calls {@link #victimIncident} for each incident it registers (after the merge of issue 10 and
 * the victims issue: the one connection left to make), with a pseudonym it keeps per victim; no names.
 */
@Service
public class ReportingFacts {

	private final JdbcClient jdbc;

	ReportingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An incident against a victim on a day; {@code domestic} for domestic violence. Idempotent per incident id.
	 * {@code victimPseudonym} must be the same for every incident of one victim and must not be a person id.
	 */
	@Transactional
	public void victimIncident(UUID incidentId, UUID victimPseudonym, LocalDate occurredOn, boolean domestic) {
		jdbc.sql("""
				INSERT INTO reporting_victim_incident (incident_id, subject, occurred_on, domestic)
				VALUES (:id, :subject, :on, :domestic)
				ON CONFLICT (incident_id) DO UPDATE SET subject = :subject, occurred_on = :on, domestic = :domestic""")
			.param("id", incidentId).param("subject", victimPseudonym).param("on", occurredOn).param("domestic", domestic)
			.update();
	}
}
