package nl.veiligheidshuis.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.veiligheidshuis.DemoApiTokens;
import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.HttpTestClient;
import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.UserAccounts;
import nl.veiligheidshuis.intake.AntecedentResolution;
import nl.veiligheidshuis.intake.OffenceCategory;
import nl.veiligheidshuis.intake.PoliceAntecedentImport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts a selection run reads (V144, V146) follow the antecedents and key facts they are derived from: a
 * resolved antecedent, a changed city and an erasure are noted by the database's triggers and recomputed by a
 * refresh, and a read in between already sees them (from the source). Read on several connections, the facts
 * are exactly the source's.
 */
@HouseIntegrationTest
class SelectionFactsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AntecedentResolution resolution;

	@Autowired
	SelectionFacts facts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final String surname = "Feitentest" + UUID.randomUUID().toString().substring(0, 6);

	@Test
	void every_offence_category_has_its_code_in_the_database() {
		for (OffenceCategory category : OffenceCategory.values()) {
			for (String name : List.of(category.name(), category.name().toLowerCase())) {
				assertThat(jdbc.sql("SELECT selection_offence_code(:name)").param("name", name).query(Integer.class).single())
					.as(name).isEqualTo(category.ordinal());
			}
		}
	}

	@Test
	void the_facts_follow_resolution_key_facts_and_erasure_and_a_read_sees_its_snapshot() {
		LocalDate first = LocalDate.of(2021, 3, 4);
		LocalDate second = LocalDate.of(2023, 11, 30);
		UUID person = importAndResolve(first, second);

		// Resolved but not yet recomputed: noted, and a read takes the person from the source.
		assertThat(notes(person)).isPositive();
		assertThat(readAll(2)).contains(describe(person, "1979-07-17", "V", "Heerlen", first, "VIOLENCE", second, "PROPERTY"));

		facts.refresh();
		assertThat(notes(person)).isZero();
		assertThat(stored(person)).isEqualTo(describe(person, "1979-07-17", "V", "Heerlen", first, "VIOLENCE", second, "PROPERTY"));

		jdbc.sql("UPDATE persons_person SET city = 'Kerkrade' WHERE id = :id").param("id", person).update();
		assertThat(notes(person)).as("a changed key fact is noted").isPositive();
		jdbc.sql("UPDATE persons_person SET display_name = display_name WHERE id = :id").param("id", person).update();
		facts.refresh();
		assertThat(stored(person)).isEqualTo(describe(person, "1979-07-17", "V", "Kerkrade", first, "VIOLENCE", second, "PROPERTY"));
		jdbc.sql("UPDATE persons_person SET display_name = display_name WHERE id = :id").param("id", person).update();
		assertThat(notes(person)).as("another change of the person's row is not").isZero();

		jdbc.sql("DELETE FROM intake_antecedent WHERE person_id = :id").param("id", person).update();
		assertThat(jdbc.sql("SELECT count(*) FROM selection_person_facts WHERE person_id = :id").param("id", person)
			.query(Integer.class).single()).as("erased antecedents leave the facts at once").isZero();
		assertThat(readAll(2)).noneMatch(row -> row.startsWith(person.toString()));
		facts.refresh();
		assertThat(jdbc.sql("SELECT count(*) FROM selection_person_facts WHERE person_id = :id").param("id", person)
			.query(Integer.class).single()).as("no antecedents left: no facts").isZero();

		// Whatever the other tests did before: after a refresh the stored facts are the source's, and a read on one,
		// two or three connections gives exactly them, each person once.
		facts.refresh();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM ((SELECT * FROM selection_person_facts EXCEPT SELECT * FROM selection_person_facts_source)
				  UNION ALL (SELECT * FROM selection_person_facts_source EXCEPT SELECT * FROM selection_person_facts)) d""")
			.query(Integer.class).single()).isZero();
		// Expected from the modules' tables themselves, not through the bytea and its decoder.
		List<String> source = jdbc.sql("""
				SELECT a.person_id, p.date_of_birth, p.gender, p.city,
				       array_agg((a.registration_date - DATE '1970-01-01') * 16 + selection_offence_code(a.offence_category))
				FROM intake_antecedent a LEFT JOIN persons_person p ON p.id = a.person_id
				WHERE a.person_id IS NOT NULL GROUP BY 1, 2, 3, 4""")
			.query((rs, n) -> describe(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					(Integer[]) rs.getArray(5).getArray()))
			.list();
		assertThat(source).as("the demo house's police list, resolved").isNotEmpty();
		List<String> expected = new ArrayList<>(source);
		Collections.sort(expected);
		for (int parts = 1; parts <= 3; parts++) {
			assertThat(readAll(parts)).as("%d parts", parts).isEqualTo(expected);
		}
	}

	@Test
	void the_decoder_reads_what_the_database_writes_unknown_empty_and_non_ascii_values_included() {
		List<String> cities = new ArrayList<>();
		cities.add(null);
		cities.add("");
		cities.add("\u2019s-Hertogenbosch");
		for (int k = 0; k < 300; k++) {
			cities.add("Plaats " + k + (k % 2 == 0 ? " aan de Maas" : ""));
		}
		SelectionFacts.Decoder decoder = new SelectionFacts.Decoder();
		List<String> decoded = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (int round = 0; round < 2; round++) { // the second time from the decoder's cache
			for (int k = 0; k < cities.size(); k++) {
				UUID person = UUID.randomUUID();
				String gender = k % 3 == 0 ? null : k % 3 == 1 ? "" : "X";
				LocalDate born = k % 4 == 0 ? null : LocalDate.of(1930 + k % 90, 1 + k % 12, 1 + k % 28);
				int[] antecedents = k % 5 == 0 ? new int[0] : new int[] { -12_345 * 16 + 3, 19_000 * 16 + 9 };
				// The bytes as V146's view writes them (SelectionFactsIntegrationTest's other test compares the view with
				// the source tables).
				byte[] facts = jdbc.sql("""
						SELECT uuid_send(:person) || int4send(coalesce(CAST(:born AS DATE) - DATE '1970-01-01', -2147483648))
						       || selection_facts_text(CAST(:gender AS TEXT)) || selection_facts_text(CAST(:city AS TEXT))
						       || coalesce((SELECT string_agg(int4send(v), ''::BYTEA ORDER BY o)
						                    FROM unnest(CAST(:antecedents AS INT[])) WITH ORDINALITY AS t(v, o)), ''::BYTEA)""")
					.param("person", person).param("born", born).param("gender", gender).param("city", cities.get(k))
					.param("antecedents", java.util.Arrays.stream(antecedents).boxed().toArray(Integer[]::new))
					.query(byte[].class).single();
				decoder.decode(facts, 0, facts.length, (most, least, dateOfBirth, g, c, packed, count) -> decoded
					.add(describe(most, least, dateOfBirth, g, c, packed, count)));
				Integer[] boxed = java.util.Arrays.stream(antecedents).boxed().toArray(Integer[]::new);
				expected.add(describe(person, born == null ? null : born.toString(), gender, cities.get(k), boxed));
			}
		}
		assertThat(decoded).isEqualTo(expected);
	}

	private List<String> readAll(int parts) {
		List<List<String>> read = new ArrayList<>();
		for (int k = 0; k < parts; k++) {
			read.add(new ArrayList<>());
		}
		new TransactionTemplate(transactions).executeWithoutResult(status -> facts.read(parts,
				part -> (most, least, born, gender, city, packed, count) -> read.get(part)
					.add(describe(most, least, born, gender, city, packed, count))));
		List<String> all = new ArrayList<>();
		read.forEach(all::addAll);
		Collections.sort(all);
		return all;
	}

	private String stored(UUID person) {
		return jdbc.sql("SELECT facts FROM selection_person_facts WHERE person_id = :id").param("id", person)
			.query((rs, n) -> describe(rs.getBytes("facts")))
			.single();
	}

	/** A stored row of facts as text, through the decoder a run reads them with. */
	private static String describe(byte[] facts) {
		String[] described = new String[1];
		new SelectionFacts.Decoder().decode(facts, 0, facts.length,
				(most, least, born, gender, city, packed, count) -> described[0] = describe(most, least, born, gender, city,
						packed, count));
		return described[0];
	}

	private static String describe(long most, long least, int born, String gender, String city, int[] packed, int count) {
		Integer[] antecedents = new Integer[count];
		for (int k = 0; k < count; k++) {
			antecedents[k] = packed[k];
		}
		return describe(new UUID(most, least), born == SelectionFacts.NO_DATE ? null : LocalDate.ofEpochDay(born).toString(),
				gender, city, antecedents);
	}

	private int notes(UUID person) {
		return jdbc.sql("SELECT count(*) FROM selection_facts_change WHERE person_id = :id").param("id", person)
			.query(Integer.class).single();
	}

	/** A person's facts as text; the antecedents decoded (date and category) and sorted. */
	private static String describe(UUID person, String born, String gender, String city, Integer[] packed) {
		List<String> antecedents = new ArrayList<>();
		for (int value : packed) {
			antecedents.add(LocalDate.ofEpochDay(SelectionFacts.epochDay(value)) + " "
					+ OffenceCategory.values()[SelectionFacts.category(value)]);
		}
		Collections.sort(antecedents);
		return person + " " + born + " " + gender + " " + city + " " + antecedents;
	}

	private static String describe(UUID person, String born, String gender, String city, LocalDate first,
			String firstCategory, LocalDate second, String secondCategory) {
		int one = (int) first.toEpochDay() * 16 + OffenceCategory.valueOf(firstCategory).ordinal();
		int two = (int) second.toEpochDay() * 16 + OffenceCategory.valueOf(secondCategory).ordinal();
		return describe(person, born, gender, city, new Integer[] { one, two });
	}

	private UUID importAndResolve(LocalDate first, LocalDate second) {
		HttpTestClient http = new HttpTestClient(port);
		String secretariat = DemoApiTokens.bearer(apiTokens, accounts, "secretariaat.demo");
		String csv = String.join(",", PoliceAntecedentImport.COLUMNS) + "\n" + row("1", first, "violence")
				+ row("2", second, "property");
		HttpResponse<String> imported = http.send(http.request("/api/v1/imports/police-antecedents")
			.header("Authorization", secretariat).header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv)));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		UUID importId = UUID.fromString(JsonMapper.builder().build().readTree(imported.body()).get("importId").asString());
		while (resolution.resolveBatch(importId) > 0) {
			// resolve the whole file
		}
		return jdbc.sql("SELECT DISTINCT person_id FROM intake_antecedent WHERE import_id = :import")
			.param("import", importId).query(UUID.class).single();
	}

	private String row(String registration, LocalDate date, String category) {
		return String.join(",", surname + "-" + registration, "", "", surname, "Fenna", "1979-07-17", "V", "Feitenstraat",
				"77", "6412BB", "Heerlen", date.toString(), "F1", category) + "\n";
	}
}
