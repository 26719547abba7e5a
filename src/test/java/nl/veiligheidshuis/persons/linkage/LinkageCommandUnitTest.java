package nl.veiligheidshuis.persons.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCommandUnitTest {

	@TempDir
	Path directory;

	private Path left;

	private Path right;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void files() throws IOException {
		left = directory.resolve("left.csv");
		right = directory.resolve("right.csv");
		Files.writeString(left, """
				 rec_id , voornamen, achternaam, geboren, postcode
				l1, Jan Pieter, van der Berg, 1985-03-07, 6411 AB
				l2, Fatima, Bouzid, 1990-11-02, 1011 XY
				l3, Jan Pieter, v.d. Berg, 19850307, 6411AB
				""");
		Files.writeString(right, """
				rec_id,voornamen,achternaam,geboren,postcode
				r1, J.P., "Berg, van der", 1985-07-03, 6411AB
				r2, Henk, de Vries, 1950-01-01, 9999ZZ
				""");
	}

	private String[] args(String... extra) {
		List<String> all = new java.util.ArrayList<>(List.of("linkage", "--left", left.toString(), "--id", "rec_id",
				"--map", "voornamen=givenNames,achternaam=surname,geboren=dateOfBirth,postcode=postalCode", "--out",
				directory.resolve("pairs.csv").toString(), "--configured-weights"));
		all.addAll(List.of(extra));
		return all.toArray(String[]::new);
	}

	private int run(String... args) {
		return LinkageCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
	}

	@Test
	void deduplicating_one_file_writes_the_matching_pairs() throws IOException {
		assertThat(run(args())).isEqualTo(LinkageCommand.DONE);
		assertThat(Files.readAllLines(directory.resolve("pairs.csv"))).hasSize(2)
			.first()
			.isEqualTo("left_id,right_id,score,decision");
		assertThat(Files.readAllLines(directory.resolve("pairs.csv")).get(1)).startsWith("l1,l3,").endsWith(",match");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Koppeling gereed: 3 + 0 records");
	}

	@Test
	void linking_two_files_writes_left_and_right_ids() throws IOException {
		assertThat(run(args("--right", right.toString()))).isEqualTo(LinkageCommand.DONE);
		List<String> lines = Files.readAllLines(directory.resolve("pairs.csv"));
		assertThat(lines).contains("left_id,right_id,score,decision");
		assertThat(lines.stream().filter(line -> line.endsWith(",match")).map(line -> line.substring(0, 5)))
			.containsExactlyInAnyOrder("l1,r1", "l3,r1");
	}

	@Test
	void a_missing_required_option_is_refused_with_the_usage() {
		assertThat(run("linkage", "--left", left.toString())).isEqualTo(LinkageCommand.WRONG_ARGUMENTS);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Optie --id is verplicht.").contains("Gebruik:");
	}

	@Test
	void an_unknown_field_is_refused_with_the_known_fields() {
		assertThatThrownBy(() -> LinkageCommand.parse("linkage", "--left", left.toString(), "--id", "rec_id", "--map",
				"voornamen=voornaam", "--out", "x.csv"))
			.isInstanceOf(LinkageCommand.WrongArguments.class)
			.hasMessageContaining("Onbekend veld voornaam")
			.hasMessageContaining("givenNames");
	}

	@Test
	void a_mapping_without_an_equals_sign_is_refused() {
		assertThatThrownBy(() -> LinkageCommand.parse("linkage", "--left", left.toString(), "--id", "rec_id", "--map",
				"voornamen", "--out", "x.csv"))
			.hasMessageContaining("<kolom>=<veld>");
	}

	@Test
	void an_unknown_option_a_missing_value_and_a_bad_threshold_are_refused() {
		assertThatThrownBy(() -> LinkageCommand.parse(args("--fast"))).hasMessageContaining("Onbekende optie: --fast");
		assertThatThrownBy(() -> LinkageCommand.parse(args("--right"))).hasMessageContaining("--right mist een waarde");
		assertThatThrownBy(() -> LinkageCommand.parse(args("--upper", "1.5"))).hasMessageContaining("tussen 0 en 1");
		assertThatThrownBy(() -> LinkageCommand.parse(args("--upper", "0.2", "--lower", "0.5")))
			.hasMessageContaining("ondergrens");
	}

	@Test
	void a_file_that_does_not_exist_is_refused() {
		assertThatThrownBy(() -> LinkageCommand.parse(args("--right", directory.resolve("nope.csv").toString())))
			.hasMessageContaining("bestaat niet");
	}

	@Test
	void a_column_that_is_not_in_the_header_is_refused() {
		String[] args = args();
		args[6] = "voornamen=givenNames,geslacht=gender";
		assertThat(run(args)).isEqualTo(LinkageCommand.WRONG_ARGUMENTS);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Kolom geslacht staat niet in de kopregel");
	}

	@Test
	void options_are_read_into_settings() throws LinkageCommand.WrongArguments {
		LinkageCommand.Arguments arguments = LinkageCommand.parse(args("--upper", "0.95", "--lower", "0.5",
				"--all-candidates", "--right", right.toString()));
		assertThat(arguments.settings().upperThreshold()).isEqualTo(0.95);
		assertThat(arguments.settings().lowerThreshold()).isEqualTo(0.5);
		assertThat(arguments.settings().keepNonMatches()).isTrue();
		assertThat(arguments.settings().estimateWeights()).isFalse();
		assertThat(arguments.settings().holdDifferentGivenNames()).isFalse();
		assertThat(LinkageCommand.parse(args("--hold-different-given-names")).settings().holdDifferentGivenNames())
			.isTrue();
		assertThat(arguments.right()).isEqualTo(right);
		assertThat(arguments.columns()).containsEntry("postcode", PersonField.POSTAL_CODE);
	}
}
