package nl.veiligheidshuis.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.HouseIntegrationTest;

/** Imported antecedents become source records of the police and are resolved to persons, in batches. */
@HouseIntegrationTest
public class AntecedentResolutionIntegrationTest {

	@Autowired
	PoliceAntecedentImport importer;

	@Autowired
	AntecedentResolution resolution;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.veiligheidshuis.persons.Persons persons;

	@Autowired
	nl.veiligheidshuis.platform.OrganisationDirectory organisations;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@org.springframework.beans.factory.annotation.Value("${vh.intake.police-organisation}")
	String policeOrganisation;

	@Test
	void two_antecedents_of_one_person_resolve_to_that_person_and_a_stranger_to_another() {
		String bsn = validBsn(new Random());
		String id = "R" + UUID.randomUUID().toString().substring(0, 8);
		String csv = String.join(",", PoliceAntecedentImport.COLUMNS) + "\n"
				+ id + "-1," + bsn + ",van der,Zwaluw,Hendrik,1981-04-12,M,Kerkstraat,4,6411 AC,Heerlen,2025-02-01,100,property\n"
				+ id + "-2," + bsn + ",vd,Zwaluw,H.,1981-04-12,M,Kerkstraat,4,6411 AC,Heerlen,2025-03-01,200,violence\n"
				+ id + "-3,,,Quarlesvandervelde,Orpheus,1960-12-30,M,Heide,99,6431 XX,Brunssum,2025-03-01,200,drugs\n";
		UUID importId = importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, null).importId();
		assertThat(resolution.unresolved(importId)).isEqualTo(3);

		assertThat(resolution.resolveBatch(importId)).isEqualTo(3);

		assertThat(resolution.unresolved(importId)).isZero();
		List<UUID> persons = jdbc.sql("SELECT person_id FROM intake_antecedent WHERE import_id = :id ORDER BY registration_id")
			.param("id", importId).query(UUID.class).list();
		assertThat(persons.get(0)).isEqualTo(persons.get(1)).isNotEqualTo(persons.get(2));
		assertThat(jdbc.sql("SELECT count(*) FROM persons_source_record WHERE reference LIKE :id")
			.param("id", id + "%").query(Long.class).single()).isEqualTo(3);
		assertThat(resolution.resolveBatch(importId)).as("nothing left to do").isZero();
	}

	@Test
	void batches_work_through_an_import_in_registration_order_each_starting_where_the_last_stopped() {
		AntecedentResolution smallBatches = new AntecedentResolution(jdbc, persons, organisations, transactions, events,
				policeOrganisation, true, 2);
		String id = "S" + UUID.randomUUID().toString().substring(0, 8);
		StringBuilder csv = new StringBuilder(String.join(",", PoliceAntecedentImport.COLUMNS)).append('\n');
		for (int i = 5; i >= 1; i--) {
			csv.append(id).append('-').append(i).append(",,,Batchtest").append(i)
				.append(",Piet,1970-01-0").append(i).append(",M,Laan,1,6411 AA,Heerlen,2025-01-01,100,other\n");
		}
		UUID importId = importer.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), false,
				null).importId();

		assertThat(smallBatches.resolveBatch(importId)).isEqualTo(2);
		assertThat(smallBatches.unresolved(importId)).isEqualTo(3);
		assertThat(jdbc.sql("SELECT resolved_through FROM intake_import WHERE id = :id").param("id", importId)
			.query(String.class).single()).isEqualTo(id + "-2");
		assertThat(smallBatches.resolveBatch(importId)).isEqualTo(2);
		assertThat(smallBatches.resolveBatch(importId)).isEqualTo(1);
		assertThat(smallBatches.resolveBatch(importId)).isZero();
		assertThat(smallBatches.unresolved(importId)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM intake_antecedent WHERE import_id = :id AND person_id IS NULL")
			.param("id", importId).query(Long.class).single()).isZero();
	}

	/** A random BSN that passes the 11-test. */
	public static String validBsn(Random random) {
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			for (int i = 0; i < 8; i++) {
				digits[i] = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
				sum += (9 - i) * digits[i];
			}
			int last = sum % 11;
			if (last < 10) {
				StringBuilder bsn = new StringBuilder();
				for (int i = 0; i < 8; i++) {
					bsn.append(digits[i]);
				}
				return bsn.append(last).toString();
			}
		}
	}
}
