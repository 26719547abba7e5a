package nl.veiligheidshuis.persons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.veiligheidshuis.HouseIntegrationTest;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.identity.UserAccounts;

/**
 * The registry in PostgreSQL: resolution of incoming records with the engine, the fuzzy search, who sees
 * whom, and the audit records of every search and view. Each test uses its own synthetic surname, so the
 * demo persons and other tests do not interfere.
 */
@HouseIntegrationTest
class PersonsIntegrationTest {

	static final UUID POLICE = UUID.fromString("00000000-0000-0000-0000-00000000a001");
	static final UUID PROBATION = UUID.fromString("00000000-0000-0000-0000-00000000a002");

	@Autowired
	Persons persons;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static SourceRecord record(UUID organisation, String bsn, String given, String prefix, String surname,
			LocalDate birth, String street, String postalCode, String city) {
		return new SourceRecord(organisation, organisation.equals(POLICE) ? "Testpolitie" : "Testreclassering", null, bsn,
				given, prefix, surname, null, birth, "M", street, "12", postalCode, city, null, null);
	}

	@Test
	void an_invalid_bsn_is_kept_unverified_and_not_used_as_a_key() {
		// 111222333 passes the 11-test; 111222334 does not.
		Resolution first = persons.resolve(record(POLICE, "111222334", "Anouk", null, "Quirijnsz",
				LocalDate.of(1991, 3, 4), "Akerstraat", "6499AA", "Heerlen"));
		Resolution second = persons.resolve(record(PROBATION, "111222334", "Bernadette", null, "Wolfhaegen",
				LocalDate.of(1960, 7, 8), "Kerkstraat", "6499AB", "Brunssum"));

		assertThat(second.personId()).as("the same invalid BSN links nobody").isNotEqualTo(first.personId());
		assertThat(jdbc.sql("SELECT bsn_verified FROM persons_source_record WHERE id = :id")
			.param("id", first.sourceRecordId()).query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("SELECT bsn FROM persons_source_record WHERE id = :id")
			.param("id", first.sourceRecordId()).query(String.class).single()).isEqualTo("111222334");
	}

	@Test
	void a_record_with_the_same_valid_bsn_links_to_the_registered_person_whatever_its_names() {
		Resolution first = persons.resolve(record(POLICE, "123456782", "Kees", null, "Xanthopoulos",
				LocalDate.of(1988, 1, 2), "Dorpsstraat", "6499AC", "Heerlen"));
		Resolution second = persons.resolve(record(PROBATION, "1234.56.782", "Jan", null, "Ypma",
				LocalDate.of(1970, 5, 6), "Markt", "6499AD", "Hoensbroek"));

		assertThat(second.outcome()).isEqualTo(Resolution.Outcome.LINKED);
		assertThat(second.personId()).isEqualTo(first.personId());
	}

	@Test
	void a_clear_duplicate_without_bsn_links_and_a_stranger_becomes_a_new_person() {
		Resolution first = persons.resolve(record(POLICE, null, "Johannes Petrus", "van den", "Zwaardemaker",
				LocalDate.of(1985, 4, 12), "Testlaan", "6499TA", "Heerlen"));
		Resolution duplicate = persons.resolve(record(PROBATION, null, "Johannes P.", "v.d.", "Zwaardemaker",
				LocalDate.of(1985, 4, 12), "Testlaan", "6499 TA", "Heerlen"));
		Resolution stranger = persons.resolve(record(PROBATION, null, "Fatima", null, "Oukhouya",
				LocalDate.of(1999, 11, 30), "Proefweg", "6499TB", "Heerlen"));

		assertThat(first.outcome()).isEqualTo(Resolution.Outcome.NEW);
		assertThat(duplicate.outcome()).isEqualTo(Resolution.Outcome.LINKED);
		assertThat(duplicate.personId()).isEqualTo(first.personId());
		assertThat(stranger.outcome()).isEqualTo(Resolution.Outcome.NEW);
		assertThat(stranger.personId()).isNotEqualTo(first.personId());
	}

	@Test
	void a_record_in_the_middle_band_becomes_a_new_person_with_a_review_item() {
		Resolution first = persons.resolve(new SourceRecord(POLICE, "Testpolitie", null, null, "Maritza", "van",
				"Brouwerskamp", null, LocalDate.of(1979, 6, 15), "V", "Pancratiusplein", "3", "6499AE", "Heerlen", null, null));
		// The same rare surname, prefix and gender, but no given names nor address and another date of birth
		// in the same year: the engine cannot decide.
		Resolution unsure = persons.resolve(new SourceRecord(PROBATION, "Testreclassering", null, null, null, "van",
				"Brouwerskamp", null, LocalDate.of(1979, 1, 1), "V", null, null, null, null, null, null));

		assertThat(unsure.probability()).isBetween(Persons.RESOLUTION.lowerThreshold(), Persons.RESOLUTION.upperThreshold());
		assertThat(unsure.outcome()).isEqualTo(Resolution.Outcome.REVIEW);
		assertThat(unsure.personId()).isNotEqualTo(first.personId());
		assertThat(jdbc.sql("SELECT candidate_person_id FROM persons_review_item WHERE source_record_id = :id")
			.param("id", unsure.sourceRecordId()).query(UUID.class).single()).isEqualTo(first.personId());
	}

	@Test
	void the_search_finds_prefix_variants_and_filters_by_date_of_birth() {
		Resolution berg = persons.resolve(record(POLICE, null, "Pieter", "van den", "Bergvliet",
				LocalDate.of(1990, 2, 3), "Laan", "6499AF", "Heerlen"));
		Resolution other = persons.resolve(record(POLICE, null, "Sanne", "van der", "Bergvliet",
				LocalDate.of(1993, 9, 9), "Weg", "6499AG", "Brunssum"));
		signIn("im.demo");

		List<UUID> all = ids(persons.search(new PersonSearch(null, "v.d. Bergvliet", null)));
		List<UUID> typo = ids(persons.search(new PersonSearch(null, "Bergvlied", null)));
		List<UUID> born = ids(persons.search(new PersonSearch(null, "vd Bergvliet", LocalDate.of(1990, 2, 3))));

		assertThat(all).contains(berg.personId(), other.personId());
		assertThat(typo).contains(berg.personId(), other.personId());
		assertThat(born).containsExactly(berg.personId());
	}

	@Test
	void a_partner_professional_finds_and_sees_only_persons_from_their_own_organisations_sources() {
		signIn("politie.demo");
		UUID police = currentOrganisation();
		SecurityContextHolder.clearContext();
		Resolution own = persons.resolve(record(police, null, "Lotte", null, "Kwaadvliegh", LocalDate.of(2001, 1, 1),
				"Straat", "6499AH", "Heerlen"));
		Resolution foreign = persons.resolve(record(PROBATION, null, "Lars", null, "Kwaadvliegh", LocalDate.of(1975, 1, 1),
				"Straat", "6499AJ", "Brunssum"));
		signIn("politie.demo");

		assertThat(ids(persons.search(new PersonSearch(null, "Kwaadvliegh", null)))).containsExactly(own.personId());
		assertThat(persons.view(foreign.personId())).isEmpty();
		assertThat(persons.view(own.personId())).isPresent();
		assertThat(auditResults(foreign.personId(), "READ")).containsExactly("DENIED");
	}

	@Test
	void every_search_and_every_view_writes_one_audit_record_per_person_shown() {
		Resolution a = persons.resolve(record(POLICE, null, "Ahmed", null, "Zeegersdaal", LocalDate.of(1982, 8, 8),
				"Straat", "6499AK", "Heerlen"));
		Resolution b = persons.resolve(record(PROBATION, null, "Ayoub", null, "Zeegersdaal", LocalDate.of(1984, 8, 8),
				"Straat", "6499AL", "Heerlen"));
		signIn("manager.demo");

		persons.search(new PersonSearch(null, "Zeegersdaal", null));
		persons.view(a.personId());

		assertThat(auditResults(a.personId(), "SEARCH")).containsExactly("ALLOWED");
		assertThat(auditResults(b.personId(), "SEARCH")).containsExactly("ALLOWED");
		assertThat(auditResults(a.personId(), "READ")).containsExactly("ALLOWED");
		assertThat(auditResults(b.personId(), "READ")).isEmpty();
	}

	@Test
	void the_person_view_shows_each_value_with_the_sources_that_gave_it() {
		Resolution first = persons.resolve(record(POLICE, "111222333", "Henk", "de", "Vriesendorp",
				LocalDate.of(1966, 6, 6), "Nobelstraat", "6499AM", "Heerlen"));
		Resolution second = persons.resolve(record(PROBATION, "111222333", "Henk", "de", "Vriesendorp",
				LocalDate.of(1966, 6, 6), "Rumpenerstraat", "6499AN", "Brunssum"));
		signIn("im.demo");

		PersonView view = persons.view(first.personId()).orElseThrow();

		assertThat(second.personId()).isEqualTo(first.personId());
		assertThat(view.names()).singleElement().satisfies(name -> {
			assertThat(name.value()).isEqualTo("Henk de Vriesendorp");
			assertThat(name.sources()).extracting(PersonView.Source::organisationName)
				.containsExactly("Testpolitie", "Testreclassering");
		});
		assertThat(view.bsns()).singleElement().satisfies(bsn -> assertThat(bsn.verified()).isTrue());
		assertThat(view.addresses()).extracting(address -> address.source().organisationName() + ": " + address.city())
			.containsExactly("Testpolitie: Heerlen", "Testreclassering: Brunssum");
	}

	private List<String> auditResults(UUID person, String action) {
		return jdbc.sql("SELECT result FROM privacy_audit_record WHERE person_id = :p AND action = :a ORDER BY sequence_number")
			.param("p", person).param("a", action).query(String.class).list();
	}

	private static List<UUID> ids(List<PersonSummary> summaries) {
		return summaries.stream().map(PersonSummary::id).toList();
	}

	private UUID currentOrganisation() {
		return ((SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).organisation();
	}

	private void signIn(String username) {
		SignedInUser user = (SignedInUser) accounts.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
