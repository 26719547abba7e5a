package nl.veiligheidshuis.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.persons.Persons;
import nl.veiligheidshuis.persons.SourceRecord;
import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * Resolves imported antecedents to persons of the registry, in the background and in batches, oldest
 * import first: each antecedent becomes a source record of the police (the organisation named by
 * {@code vh.intake.police-organisation}) through {@link Persons#resolve}. One node at a time (a
 * transaction-level advisory lock); each batch commits on its own, so a crash loses at most one batch
 * of work, which the next run redoes. Progress: the number still to resolve, per import.
 */
@Service
public class AntecedentResolution {

	private static final Logger log = LoggerFactory.getLogger(AntecedentResolution.class);

	record Pending(String registrationId, @Nullable String bsn, @Nullable String surnamePrefix, String surname,
			@Nullable String givenNames, LocalDate dateOfBirth, @Nullable String gender, @Nullable String street,
			@Nullable String houseNumber, @Nullable String postalCode, @Nullable String city, LocalDate registrationDate,
			String offenceCategory) {
	}

	private final JdbcClient jdbc;
	private final Persons persons;
	private final OrganisationDirectory organisations;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final String policeOrganisation;
	private final boolean enabled;
	private final int batchSize;

	AntecedentResolution(JdbcClient jdbc, Persons persons, OrganisationDirectory organisations,
			TransactionTemplate transactions, ApplicationEventPublisher events,
			@Value("${vh.intake.police-organisation}") String policeOrganisation,
			@Value("${vh.intake.resolution.enabled:true}") boolean enabled,
			@Value("${vh.intake.resolution.batch-size:500}") int batchSize) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.organisations = organisations;
		this.transactions = transactions;
		this.events = events;
		this.policeOrganisation = policeOrganisation;
		this.enabled = enabled;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${vh.intake.resolution.interval:15s}", initialDelayString = "${vh.intake.resolution.interval:15s}")
	void resolvePending() {
		if (!enabled) {
			return;
		}
		UUID oldest = jdbc.sql("""
				SELECT i.id FROM intake_import i WHERE i.rows_resolved < i.rows_inserted
				ORDER BY i.imported_at LIMIT 1""")
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (oldest != null) {
			int resolved = resolveBatch(oldest);
			log.info("Antecedenten aan personen gekoppeld: {} in deze ronde, nog {} te gaan voor deze import", resolved,
					unresolved(oldest));
		}
	}

	/** Resolves up to one batch of the import's antecedents; returns how many (0 when another node is busy). */
	public int resolveBatch(UUID importId) {
		Integer resolved = transactions.execute(status -> {
			boolean mine = Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('intake.resolution'))")
				.query(Boolean.class)
				.single());
			if (!mine) {
				return 0;
			}
			UUID police = organisations.idOf(policeOrganisation).orElse(null);
			if (police == null) {
				log.warn("Antecedenten niet gekoppeld: partnerorganisatie '{}' (vh.intake.police-organisation) bestaat niet",
						policeOrganisation);
				return 0;
			}
			// In registration_id order from where the last batch stopped (everything before it is resolved):
			// each batch is one short range scan of the import's partition, however far the import is.
			List<Pending> batch = jdbc.sql("""
					SELECT registration_id, bsn, surname_prefix, surname, given_names, date_of_birth, gender, street,
					       house_number, postal_code, city, registration_date, offence_category
					FROM intake_antecedent
					WHERE import_id = :import AND person_id IS NULL
					  AND registration_id > (SELECT coalesce(resolved_through, '') FROM intake_import WHERE id = :import)
					ORDER BY registration_id LIMIT :limit""")
				.param("import", importId)
				.param("limit", batchSize)
				.query(Pending.class)
				.list();
			for (Pending antecedent : batch) {
				UUID person = persons.resolve(new SourceRecord(police, policeOrganisation, antecedent.registrationId(),
						antecedent.bsn(), antecedent.givenNames(), antecedent.surnamePrefix(), antecedent.surname(), null,
						antecedent.dateOfBirth(), antecedent.gender(), antecedent.street(), antecedent.houseNumber(),
						antecedent.postalCode(), antecedent.city(), null, null)).personId();
				jdbc.sql("UPDATE intake_antecedent SET person_id = :person WHERE import_id = :import AND registration_id = :id")
					.param("person", person)
					.param("import", importId)
					.param("id", antecedent.registrationId())
					.update();
				if (OffenceCategory.DOMESTIC_VIOLENCE.name().equalsIgnoreCase(antecedent.offenceCategory())) {
					events.publishEvent(new PoliceDomesticViolenceRegistered(person, antecedent.registrationId(),
							antecedent.registrationDate(), police, policeOrganisation));
				}
			}
			if (!batch.isEmpty()) {
				jdbc.sql("""
						UPDATE intake_import SET resolved_through = :last, rows_resolved = rows_resolved + :resolved
						WHERE id = :import""")
					.param("last", batch.getLast().registrationId())
					.param("resolved", batch.size())
					.param("import", importId)
					.update();
			}
			return batch.size();
		});
		return resolved == null ? 0 : resolved;
	}

	/** How many antecedents of an import are not yet resolved to a person (the job's progress). */
	public long unresolved(UUID importId) {
		return jdbc.sql("SELECT rows_inserted - rows_resolved FROM intake_import WHERE id = :import")
			.param("import", importId)
			.query(Long.class)
			.single();
	}
}
