package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The antecedents of the police import as other modules read them (effect monitoring). Only antecedents
 * resolved to a person count; the caller audits its processing. (A selection run reads them packed per person,
 * from the selection module's facts, V144.)
 */
@Service
public class Antecedents {

	private final JdbcClient jdbc;

	Antecedents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One antecedent of a person for statistics: the police registration id and the registration date only. */
	public record AntecedentDate(UUID personId, String registrationId, LocalDate registeredOn) {
	}

	/**
	 * The registration dates of the resolved antecedents of these persons (effect monitoring: reporting copies them
	 * under a pseudonym); an antecedent registered in several imports once. A system read; the caller audits.
	 */
	@Transactional(readOnly = true)
	public List<AntecedentDate> datesOf(Collection<UUID> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT person_id, registration_id, registration_date FROM intake_antecedent
				WHERE person_id = ANY(:persons)""")
			.param("persons", persons.toArray(UUID[]::new))
			.query((rs, n) -> new AntecedentDate(rs.getObject("person_id", UUID.class), rs.getString("registration_id"),
					rs.getObject("registration_date", LocalDate.class)))
			.list();
	}
}
