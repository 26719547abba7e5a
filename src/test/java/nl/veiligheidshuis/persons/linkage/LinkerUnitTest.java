package nl.veiligheidshuis.persons.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LinkerUnitTest {

	private static final LinkageSettings CONFIGURED = LinkageSettings.defaults().withEstimateWeights(false);

	private static PersonRecord person(String id, String bsn, String given, String prefix, String surname, String birth,
			String street, String number, String postalCode, String city) {
		return new PersonRecord(id, bsn, given, prefix, surname, PersonRecord.parseDate(birth), null, street, number,
				postalCode, city, null);
	}

	@Test
	void the_same_person_written_differently_is_a_match() {
		PersonRecord registered = person("a", null, "Jan Pieter", "van der", "Berg", "1985-03-07", "Kerkstraat", "12",
				"6411 AB", "Heerlen");
		PersonRecord incoming = person("b", null, "J.P.", null, "Berg, v.d.", "19850703", "Kerkstr.", "12", "6411AB",
				"HEERLEN");
		LinkageResult result = new Linker(CONFIGURED).link(List.of(incoming), List.of(registered));
		assertThat(result.pairs()).singleElement().satisfies(pair -> {
			assertThat(pair.decision()).isEqualTo(LinkageDecision.MATCH);
			assertThat(pair.left()).isZero();
			assertThat(pair.right()).isZero();
		});
	}

	@Test
	void two_different_people_with_the_same_date_of_birth_are_no_match() {
		PersonRecord one = person("a", null, "Jan", "de", "Vries", "1985-03-07", "Kerkstraat", "12", "6411AB",
				"Heerlen");
		PersonRecord other = person("b", null, "Fatima", null, "Bouzid", "1985-03-07", "Molenweg", "3", "1011XY",
				"Amsterdam");
		LinkageResult result = new Linker(CONFIGURED).deduplicate(List.of(one, other));
		assertThat(result.candidatePairs()).isEqualTo(1);
		assertThat(result.pairs()).isEmpty();
	}

	@Test
	void twins_at_the_same_address_with_different_given_names_are_not_linked_automatically() {
		PersonRecord one = person("a", null, "Jan", null, "Jansen", "2001-05-05", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		PersonRecord twin = person("b", null, "Piet", null, "Jansen", "2001-05-05", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		assertThat(new Linker(CONFIGURED).deduplicate(List.of(one, twin)).pairs())
			.noneMatch(pair -> pair.decision() == LinkageDecision.MATCH);
	}

	@Test
	void without_the_given_name_guard_the_weights_alone_decide_and_link_the_twins() {
		PersonRecord one = person("a", null, "Jan", null, "Jansen", "2001-05-05", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		PersonRecord twin = person("b", null, "Piet", null, "Jansen", "2001-05-05", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		assertThat(new Linker(CONFIGURED.withHoldDifferentGivenNames(false)).deduplicate(List.of(one, twin)).pairs())
			.singleElement()
			.extracting(ScoredPair::decision)
			.isEqualTo(LinkageDecision.MATCH);
	}

	@Test
	void a_different_given_name_still_links_when_the_bsn_is_the_same() {
		PersonRecord one = person("a", "111222333", "Jan", null, "Jansen", "2001-05-05", null, null, null, null);
		PersonRecord other = person("b", "111222333", "Johannes", null, "Jansen", "2001-05-05", null, null, null, null);
		assertThat(new Linker(CONFIGURED).deduplicate(List.of(one, other)).pairs()).singleElement()
			.extracting(ScoredPair::decision)
			.isEqualTo(LinkageDecision.MATCH);
	}

	@Test
	void a_call_name_and_the_official_given_name_are_linked() {
		PersonRecord official = person("a", null, "Cornelis Johannes", null, "Jansen", "1971-02-03", "Kerkstraat", "1",
				"6411AB", "Heerlen");
		PersonRecord called = person("b", null, "Kees", null, "Jansen", "1971-02-03", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		assertThat(new Linker(CONFIGURED).deduplicate(List.of(official, called)).pairs()).singleElement()
			.extracting(ScoredPair::decision)
			.isEqualTo(LinkageDecision.MATCH);
	}

	@Test
	void the_same_valid_bsn_links_even_when_the_name_differs() {
		PersonRecord one = person("a", "111222333", "Jan", null, "Jansen", "1985-03-07", null, null, null, null);
		PersonRecord other = person("b", "111222333", "Piet", null, "Pietersen", "1990-01-01", null, null, null, null);
		assertThat(new Linker(CONFIGURED).deduplicate(List.of(one, other)).pairs()).singleElement()
			.extracting(ScoredPair::decision)
			.isEqualTo(LinkageDecision.MATCH);
	}

	@Test
	void an_invalid_bsn_is_never_a_key() {
		PersonRecord one = person("a", "123456789", "Jan", null, "Jansen", "1985-03-07", null, null, null, null);
		PersonRecord other = person("b", "123456789", "Piet", null, "Pietersen", "1990-01-01", null, null, null, null);
		LinkageResult result = new Linker(CONFIGURED).deduplicate(List.of(one, other));
		assertThat(result.candidatePairs()).isZero();
	}

	@Test
	void day_and_month_swapped_is_close_to_the_same_date() {
		assertThat(Comparisons.date(19850307, 19850307)).isEqualTo(5);
		assertThat(Comparisons.date(19850307, 19850703)).isEqualTo(4);
		assertThat(Comparisons.date(19850307, 19850308)).isEqualTo(3);
		assertThat(Comparisons.date(19850307, 19580307)).isEqualTo(3);
		assertThat(Comparisons.date(19850307, 19860407)).isEqualTo(1);
		assertThat(Comparisons.date(19850307, 0)).isZero();
	}

	@Test
	void each_candidate_pair_is_scored_once_however_many_blocking_rules_it_shares() {
		PersonRecord one = person("a", null, "Jan", null, "Jansen", "1985-03-07", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		PersonRecord same = person("b", null, "Jan", null, "Jansen", "1985-03-07", "Kerkstraat", "1", "6411AB",
				"Heerlen");
		assertThat(new Linker(CONFIGURED).deduplicate(List.of(one, same)).candidatePairs()).isEqualTo(1);
	}

	@Test
	void synthetic_dutch_copies_are_found_with_estimated_weights() {
		SyntheticDutchPeople people = new SyntheticDutchPeople(11);
		List<PersonRecord> registry = people.people(4000);
		List<PersonRecord> incoming = new ArrayList<>();
		for (int n = 0; n < 4000; n += 2) {
			incoming.add(people.copy(n, 0));
		}
		LinkageResult result = new Linker(LinkageSettings.defaults()).link(incoming, registry);
		Set<String> found = new HashSet<>();
		int correct = 0;
		for (ScoredPair pair : result.pairs()) {
			if (pair.decision() == LinkageDecision.MATCH) {
				String left = incoming.get(pair.left()).id();
				String right = registry.get(pair.right()).id();
				found.add(left);
				correct += left.split("-")[1].equals(right.split("-")[1]) ? 1 : 0;
			}
		}
		long matches = result.pairs().stream().filter(pair -> pair.decision() == LinkageDecision.MATCH).count();
		assertThat((double) correct / matches).as("precision").isGreaterThan(0.98);
		assertThat((double) correct / incoming.size()).as("recall").isGreaterThan(0.95);
		assertThat(found).hasSizeLessThanOrEqualTo(incoming.size());
	}

	@Test
	void a_date_is_read_in_both_notations_and_an_impossible_date_is_missing() {
		assertThat(PersonRecord.parseDate("1985-03-07")).isEqualTo(LocalDate.of(1985, 3, 7));
		assertThat(PersonRecord.parseDate("19850307")).isEqualTo(LocalDate.of(1985, 3, 7));
		assertThat(PersonRecord.parseDate("19850231")).isNull();
		assertThat(PersonRecord.parseDate("7-3-1985")).isNull();
	}
}
