package nl.veiligheidshuis.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.intake.AntecedentResolution;
import nl.veiligheidshuis.intake.PoliceAntecedentImport;
import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * The clerical review: a police antecedent that the engine could not place lands in the queue; "same
 * person" merges it (and re-points the antecedent), unmerge restores the earlier state exactly, "another
 * person" closes the item. Through the pages, as the secretariat.
 */
@HouseIntegrationTest
class ClericalReviewIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	Persons persons;

	@Autowired
	PoliceAntecedentImport importer;

	@Autowired
	AntecedentResolution resolution;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void same_person_merges_and_re_points_the_antecedent_and_unmerge_restores_the_earlier_state() {
		String surname = "Brouwerskamp" + letters(new Random());
		UUID probation = organisations.idOf("Stichting Reclassering Nederland regio Limburg").orElseThrow();
		Resolution known = persons.resolve(new SourceRecord(probation, "Reclassering", null, null, "Maritza", "van",
				surname, null, LocalDate.of(1985, 6, 15), "V", "Pancratiusplein", "3", "6431ZZ", "Brunssum", null, null));
		String registration = "REV-" + UUID.randomUUID().toString().substring(0, 8);
		UUID importId = importer.importCsv(new ByteArrayInputStream((String.join(",", PoliceAntecedentImport.COLUMNS) + "\n"
				+ registration + ",,van," + surname + ",,1985-01-01,V,,,,,2025-01-01,100,property\n").getBytes(StandardCharsets.UTF_8)),
				false, null).importId();
		resolution.resolveBatch(importId);
		UUID newPerson = antecedentPerson(registration);
		assertThat(newPerson).isNotEqualTo(known.personId());
		UUID item = jdbc.sql("""
				SELECT r.id FROM persons_review_item r JOIN persons_source_record s ON s.id = r.source_record_id
				WHERE s.reference = :reference""").param("reference", registration).query(UUID.class).single();

		HttpTestClient secretariat = new HttpTestClient(port);
		secretariat.login("secretariaat.demo", HouseIntegrationTest.DEMO_PASSWORD);
		assertThat(secretariat.get("/personen/beoordelen").body()).contains("/personen/beoordelen/" + item);
		String page = "/personen/beoordelen/" + item;
		assertThat(secretariat.get(page).body()).contains("Is dit dezelfde persoon?").contains(surname);

		secretariat.postForm(page, page + "/zelfde-persoon", "");
		assertThat(antecedentPerson(registration)).as("the antecedent follows the merge").isEqualTo(known.personId());
		assertThat(recordsOf(known.personId())).isEqualTo(2);
		assertThat(status(item)).isEqualTo("SAME");
		assertThat(secretariat.get(page).body()).contains("De registraties zijn samengevoegd.");

		secretariat.postForm(page, page + "/ontkoppelen", "");
		assertThat(antecedentPerson(registration)).isEqualTo(newPerson);
		assertThat(recordsOf(known.personId())).isEqualTo(1);
		assertThat(recordsOf(newPerson)).isEqualTo(1);
		assertThat(status(item)).isEqualTo("OPEN");

		secretariat.postForm(page, page + "/andere-persoon", "");
		assertThat(status(item)).isEqualTo("DIFFERENT");
		assertThat(jdbc.sql("SELECT count(*) FROM privacy_audit_record WHERE object_type = 'person-identity' AND person_id = :p")
			.param("p", newPerson).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void an_intervention_manager_may_not_review() {
		HttpTestClient manager = new HttpTestClient(port);
		manager.login("im.demo", HouseIntegrationTest.DEMO_PASSWORD);

		assertThat(manager.get("/personen/beoordelen").statusCode()).isEqualTo(403);
	}

	private UUID antecedentPerson(String registration) {
		return jdbc.sql("SELECT person_id FROM intake_antecedent WHERE registration_id = :id")
			.param("id", registration).query(UUID.class).single();
	}

	private long recordsOf(UUID person) {
		return jdbc.sql("SELECT count(*) FROM persons_source_record WHERE person_id = :p").param("p", person)
			.query(Long.class).single();
	}

	private String status(UUID item) {
		return jdbc.sql("SELECT status FROM persons_review_item WHERE id = :id").param("id", item).query(String.class).single();
	}

	private static String letters(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}
}
