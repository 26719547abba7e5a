package nl.veiligheidshuis.persons.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.veiligheidshuis.persons.linkage.DutchNames.SurnameParts;

class DutchNamesUnitTest {

	@ParameterizedTest
	@ValueSource(strings = { "van der Berg", "v.d. Berg", "V.D. Berg", "vd Berg", "v/d Berg", "Van Der Berg",
			"VAN DER BERG", "Berg, van der", "Berg, vd", "Berg,v.d." })
	void every_way_of_writing_van_der_gives_the_same_prefix_and_surname(String written) {
		SurnameParts parts = DutchNames.splitSurname(written);
		assertThat(parts.prefix()).isEqualTo("van der");
		assertThat(parts.surname()).isEqualTo("berg");
		assertThat(parts.prefixKey()).isEqualTo("vd");
	}

	@Test
	void a_sorted_name_with_the_prefix_after_the_given_name_is_read_apart() {
		DutchNames.SortedName name = DutchNames.parseFullName("Berg, Jan vd");
		assertThat(name.givenNames()).isEqualTo("jan");
		assertThat(name.prefix()).isEqualTo("van der");
		assertThat(name.surname()).isEqualTo("berg");
	}

	@Test
	void a_name_in_reading_order_is_read_apart() {
		DutchNames.SortedName name = DutchNames.parseFullName("Jan Pieter van den Berg");
		assertThat(name.givenNames()).isEqualTo("jan pieter");
		assertThat(name.prefix()).isEqualTo("van den");
		assertThat(name.surname()).isEqualTo("berg");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "van den Berg|van den|berg|vd", "in 't Veld|in 't|veld|it",
			"In 'T Veld|in 't|veld|it", "de Vries|de|vries|d", "van Dijk|van|dyk|v", "ter Horst|ter|horst|t",
			"van 't Hof|van 't|hof|vt", "Jansen||jansen|" })
	void prefixes_are_split_off_the_surname(String written, String prefix, String surname, String key) {
		SurnameParts parts = DutchNames.splitSurname(written);
		assertThat(parts.prefix()).isEqualTo(prefix == null ? "" : prefix);
		assertThat(parts.surname()).isEqualTo(surname);
		assertThat(parts.prefixKey()).isEqualTo(key == null ? "" : key);
	}

	@Test
	void van_der_and_van_den_are_compared_as_the_same_prefix_key() {
		assertThat(DutchNames.splitSurname("van der Berg").prefixKey())
			.isEqualTo(DutchNames.splitSurname("van den Berg").prefixKey());
	}

	@Test
	void a_surname_made_only_of_prefix_words_keeps_its_last_word() {
		assertThat(DutchNames.splitSurname("Van")).isEqualTo(new SurnameParts("", "van"));
		assertThat(DutchNames.splitSurname("de Ter")).isEqualTo(new SurnameParts("de", "ter"));
	}

	@Test
	void a_separate_prefix_field_wins_over_the_surname_alone() {
		assertThat(DutchNames.splitSurname("V.d.", "Berg")).isEqualTo(new SurnameParts("van der", "berg"));
	}

	@Test
	void ij_and_y_are_the_same_letter() {
		assertThat(DutchNames.normalise("Dijkstra")).isEqualTo(DutchNames.normalise("Dykstra")).isEqualTo("dykstra");
		assertThat(DutchNames.normalise("IJzerman")).isEqualTo("yzerman");
		assertThat(DutchNames.normalise("van Dijk")).isEqualTo(DutchNames.normalise("Van Dyk"));
	}

	@ParameterizedTest
	@CsvSource({ "Chloë,chloe", "Öztürk,ozturk", "Hélène,helene", "René,rene", "Ayşe,ayse", "Yılmaz,yilmaz", "Søren,soren" })
	void diacritics_are_removed(String written, String normalised) {
		assertThat(DutchNames.normalise(written)).isEqualTo(normalised);
	}

	@Test
	void initials_are_told_from_full_given_names() {
		assertThat(DutchNames.isInitialsOnly("J.P.")).isTrue();
		assertThat(DutchNames.isInitialsOnly("J. P.")).isTrue();
		assertThat(DutchNames.isInitialsOnly("J")).isTrue();
		assertThat(DutchNames.isInitialsOnly("Jan Pieter")).isFalse();
		assertThat(DutchNames.initials("Jan Pieter")).isEqualTo(DutchNames.initials("J.P.")).isEqualTo("jp");
		assertThat(DutchNames.firstGivenName("Jan Pieter")).isEqualTo("jan");
	}

	@ParameterizedTest
	@CsvSource({ "Jansen,Janssen", "Bakker,Backer", "Smit,Smid", "Dijkstra,Dykstra", "Visser,Fisser",
			"Meijer,Meyer", "Hendriks,Hendricks", "Willems,Wilems", "Peeters,Peters" })
	void names_that_sound_the_same_in_dutch_share_a_phonetic_key(String one, String other) {
		assertThat(DutchNames.phoneticKey(DutchNames.normalise(one)))
			.isEqualTo(DutchNames.phoneticKey(DutchNames.normalise(other)));
	}

	@ParameterizedTest
	@CsvSource({ "Kees,Cornelis", "Hans,Johannes", "Henk,Hendrik", "Wim,Willem", "Truus,Geertruida" })
	void a_dutch_call_name_stands_for_its_official_given_name(String callName, String official) {
		assertThat(DutchNames.officialGivenName(DutchNames.firstGivenName(callName)))
			.isEqualTo(DutchNames.firstGivenName(official));
		assertThat(DutchNames.officialGivenName("fatima")).isEqualTo("fatima");
	}

	@Test
	void names_that_sound_different_have_different_phonetic_keys() {
		assertThat(DutchNames.phoneticKey("jansen")).isNotEqualTo(DutchNames.phoneticKey("bakker"));
		assertThat(DutchNames.phoneticKey("devries")).isNotEqualTo(DutchNames.phoneticKey("dejong"));
	}
}
