package nl.veiligheidshuis.persons.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar veiligheidshuis.jar linkage --left A.csv [--right B.csv] --id <column>
 * --map <column>=<field>,… --out pairs.csv}: deduplicates one file or links two with the engine of the
 * application, without starting it (no database, no web server). Writes
 * {@code left_id,right_id,score,decision} for every pair that is a match or goes to review; prints one
 * Dutch summary line. Exit 0 done, 1 a file could not be read or written, 2 wrong arguments.
 */
public final class LinkageCommand {

	public static final int DONE = 0;
	public static final int FAILED = 1;
	public static final int WRONG_ARGUMENTS = 2;

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.forLanguageTag("nl"));

	private LinkageCommand() {
	}

	public static boolean matches(String... args) {
		return args.length >= 1 && args[0].equals("linkage");
	}

	/** The parsed arguments of one run. */
	public record Arguments(Path left, @Nullable Path right, String idColumn, Map<String, PersonField> columns,
			Path out, LinkageSettings settings, boolean showWeights) {
	}

	/** Wrong arguments, with the Dutch message for the operator. */
	public static final class WrongArguments extends Exception {

		private static final long serialVersionUID = 1L;

		WrongArguments(String key, Object... values) {
			super(message(key, values));
		}
	}

	public static int run(PrintStream out, PrintStream err, String... args) {
		Arguments arguments;
		try {
			arguments = parse(args);
		}
		catch (WrongArguments e) {
			err.println(e.getMessage());
			err.println(message("linkage.usage"));
			return WRONG_ARGUMENTS;
		}
		try {
			List<PersonRecord> left = read(arguments.left(), arguments);
			List<PersonRecord> right = arguments.right() == null ? left : read(arguments.right(), arguments);
			Linker linker = new Linker(arguments.settings());
			LinkageResult result = arguments.right() == null ? linker.deduplicate(left) : linker.link(left, right);
			long matches = 0;
			long reviews = 0;
			try (BufferedWriter writer = Files.newBufferedWriter(arguments.out(), StandardCharsets.UTF_8)) {
				writer.write("left_id,right_id,score,decision\n");
				for (ScoredPair pair : result.pairs()) {
					String decision = switch (pair.decision()) {
						case MATCH -> "match";
						case REVIEW -> "review";
						case NON_MATCH -> "no-match";
					};
					matches += pair.decision() == LinkageDecision.MATCH ? 1 : 0;
					reviews += pair.decision() == LinkageDecision.REVIEW ? 1 : 0;
					writer.write(csv(left.get(pair.left()).id()) + "," + csv(right.get(pair.right()).id()) + ","
							+ String.format(Locale.ROOT, "%.4f", pair.probability()) + "," + decision + "\n");
				}
			}
			if (arguments.showWeights()) {
				out.print(result.model().describe());
			}
			out.println(message("linkage.done", left.size(), arguments.right() == null ? 0 : right.size(),
					result.candidatePairs(), Math.round(result.pairsPerSecond()), matches, reviews,
					arguments.out().toString()));
			return DONE;
		}
		catch (IOException | UncheckedIOException e) {
			err.println(message("linkage.failed", e.getMessage()));
			return FAILED;
		}
		catch (WrongArguments e) {
			err.println(e.getMessage());
			return WRONG_ARGUMENTS;
		}
	}

	/** Reads the arguments after {@code linkage}; every problem is a {@link WrongArguments} in Dutch. */
	public static Arguments parse(String... args) throws WrongArguments {
		Map<String, String> options = new LinkedHashMap<>();
		boolean showWeights = false;
		boolean configuredWeights = false;
		boolean allCandidates = false;
		boolean holdDifferentGivenNames = false;
		for (int k = matches(args) ? 1 : 0; k < args.length; k++) {
			String option = args[k];
			switch (option) {
				case "--show-weights" -> showWeights = true;
				case "--configured-weights" -> configuredWeights = true;
				case "--all-candidates" -> allCandidates = true;
				case "--hold-different-given-names" -> holdDifferentGivenNames = true;
				case "--left", "--right", "--id", "--map", "--out", "--upper", "--lower" -> {
					if (k + 1 >= args.length || args[k + 1].startsWith("--")) {
						throw new WrongArguments("linkage.error.value-missing", option);
					}
					if (options.put(option, args[++k]) != null) {
						throw new WrongArguments("linkage.error.twice", option);
					}
				}
				default -> throw new WrongArguments("linkage.error.unknown-option", option);
			}
		}
		for (String required : List.of("--left", "--id", "--map", "--out")) {
			if (!options.containsKey(required)) {
				throw new WrongArguments("linkage.error.required", required);
			}
		}
		Map<String, PersonField> columns = new LinkedHashMap<>();
		for (String mapping : options.get("--map").split(",")) {
			int equals = mapping.indexOf('=');
			if (equals <= 0 || equals == mapping.length() - 1) {
				throw new WrongArguments("linkage.error.mapping", mapping);
			}
			String column = mapping.substring(0, equals).strip();
			String fieldName = mapping.substring(equals + 1).strip();
			PersonField field = PersonField.byName(fieldName)
				.orElseThrow(() -> new WrongArguments("linkage.error.field", fieldName, fieldNames()));
			if (columns.containsValue(field)) {
				throw new WrongArguments("linkage.error.field-twice", fieldName);
			}
			columns.put(column, field);
		}
		double upper = probability(options, "--upper", LinkageSettings.defaults().upperThreshold());
		double lower = probability(options, "--lower", LinkageSettings.defaults().lowerThreshold());
		if (lower > upper) {
			throw new WrongArguments("linkage.error.thresholds", lower, upper);
		}
		LinkageSettings settings = LinkageSettings.defaults()
			.withThresholds(upper, lower)
			.withEstimateWeights(!configuredWeights)
			.withKeepNonMatches(allCandidates)
			.withHoldDifferentGivenNames(holdDifferentGivenNames);
		Path left = existing(options.get("--left"));
		Path right = options.containsKey("--right") ? existing(options.get("--right")) : null;
		return new Arguments(left, right, options.get("--id").strip(), columns, Path.of(options.get("--out")), settings,
				showWeights);
	}

	static List<PersonRecord> read(Path file, Arguments arguments) throws IOException, WrongArguments {
		CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreSurroundingSpaces(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			List<PersonRecord> records = new ArrayList<>();
			int idColumn = -1;
			int[] columnIndex = null;
			PersonField[] fields = arguments.columns().values().toArray(PersonField[]::new);
			for (CSVRecord row : parser) {
				if (columnIndex == null) {
					List<String> header = row.stream().map(String::strip).toList();
					idColumn = header.indexOf(arguments.idColumn());
					if (idColumn < 0) {
						throw new WrongArguments("linkage.error.column", arguments.idColumn(), file, header);
					}
					columnIndex = new int[fields.length];
					int k = 0;
					for (String column : arguments.columns().keySet()) {
						columnIndex[k] = header.indexOf(column);
						if (columnIndex[k] < 0) {
							throw new WrongArguments("linkage.error.column", column, file, header);
						}
						k++;
					}
					continue;
				}
				Map<PersonField, String> values = new EnumMap<>(PersonField.class);
				for (int k = 0; k < fields.length; k++) {
					if (columnIndex[k] < row.size()) {
						values.put(fields[k], row.get(columnIndex[k]));
					}
				}
				String id = idColumn < row.size() ? row.get(idColumn).strip() : "";
				records.add(PersonRecord.of(id, values));
			}
			return records;
		}
	}

	private static double probability(Map<String, String> options, String option, double fallback)
			throws WrongArguments {
		String value = options.get(option);
		if (value == null) {
			return fallback;
		}
		try {
			double probability = Double.parseDouble(value);
			if (probability >= 0 && probability <= 1) {
				return probability;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new WrongArguments("linkage.error.threshold", option, value);
	}

	private static Path existing(String name) throws WrongArguments {
		Path path = Path.of(name);
		if (!Files.isReadable(path) || Files.isDirectory(path)) {
			throw new WrongArguments("linkage.error.file", name);
		}
		return path;
	}

	private static String fieldNames() {
		List<String> names = new ArrayList<>();
		for (PersonField field : PersonField.values()) {
			names.add(field.fieldName());
		}
		return String.join(", ", names);
	}

	private static String csv(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static String message(String key, Object... values) {
		return new MessageFormat(MESSAGES.getString(key), Locale.forLanguageTag("nl")).format(values);
	}
}
