package nl.veiligheidshuis.persons.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic Dutch people (no real personal data) and corrupted copies of them, with ground truth: person
 * {@code n} is {@code rec-n-org}, its copies {@code rec-n-dup-k}, as in the FEBRL files. Person {@code n}
 * is generated from its own seed, so a copy can be made without keeping the registry in memory.
 * Corruptions: prefix variants ("van der", "v.d.", "vd", "Van Der", prefix after the surname), ij/y,
 * typing errors, initials for given names, diacritics added or dropped, day and month swapped, one digit
 * of the date wrong, BSN missing or mistyped, a moved address, gender missing.
 *
 * <p>{@code java -cp target/test-classes:target/classes nl.veiligheidshuis.persons.linkage.SyntheticDutchPeople
 * registry 1000000 registry.csv} and {@code … incoming 100000 1000000 incoming.csv} (half of the incoming
 * records are copies of registry people, half are new people).
 */
public final class SyntheticDutchPeople {

	static final String HEADER = "rec_id,bsn,given_names,surname_prefix,surname,date_of_birth,gender,street,house_number,postal_code,city";

	private static final String[] MALE = { "Jan", "Pieter", "Hendrik", "Johannes", "Cornelis", "Willem", "Gerrit",
			"Jacobus", "Dirk", "Thomas", "Daan", "Sem", "Lucas", "Milan", "Levi", "Bram", "Finn", "Luuk", "Noah",
			"Mohamed", "Ahmed", "Youssef", "Kevin", "Mark", "Dennis", "Sander", "Bas", "Rik", "Tim", "Joost", "René",
			"Stijn", "Ruben", "Jeroen", "Martijn", "Wouter", "Koen", "Niels", "Hugo", "Teun", "Gijs", "Thijs", "Mees",
			"Arie", "Kees", "Henk", "Frank", "Erik", "Marco", "Patrick" };

	private static final String[] FEMALE = { "Maria", "Johanna", "Anna", "Cornelia", "Wilhelmina", "Elisabeth",
			"Emma", "Julia", "Sophie", "Tess", "Zoë", "Lotte", "Sara", "Eva", "Fenna", "Anouk", "Lisa", "Sanne",
			"Fleur", "Iris", "Noor", "Fatima", "Aisha", "Chloë", "Linda", "Monique", "Sandra", "Ingrid", "Petra",
			"Marieke", "Ilse", "Femke", "Esther", "Ellen", "Mirjam", "Saskia", "Nicole", "Kim", "Joyce", "Naomi", "Lieke",
			"Roos", "Jet", "Mila", "Yara", "Dewi", "Priya", "Ayşe", "Hélène", "Wendy" };

	private static final String[] SURNAMES = { "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
			"Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
			"van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
			"van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
			"de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven",
			"Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters",
			"de Jonge", "Kuipers", "van Veen", "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten",
			"van Wijk", "Postma", "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker",
			"van Loon", "Boersma", "van der Velde", "Willemsen", "Claassen", "van Rijn", "in 't Veld", "ter Horst",
			"Yılmaz", "El Amrani", "Öztürk", "Bouzid", "Nguyen", "Wijnands", "Wijngaarden", "IJzerman", "van 't Hof",
			"Hermans", "Evers", "Franken", "Sanders", "Lammers", "Aarts", "van Houten", "Verbeek", "Bosman", "Koning",
			"de Lange", "Molenaar", "Sluiter", "Zwart", "Hofman", "Lambrechts", "Rijnders", "Steenbergen", "Geerts" };

	private static final String[] STEMS = { "Hoog", "Laag", "Groot", "Klein", "Zand", "Veen", "Berg", "Dijk",
			"Wester", "Ooster", "Zuider", "Noorder", "Molen", "Kerk", "Brug", "Heuvel", "Bosch", "Linde", "Eike",
			"Beuke", "Wilge", "Roze", "Leli", "Akker", "Weide", "Hof", "Veld", "Steen", "Kamp", "Horst", "Brink",
			"Stroo", "Koor", "Haver", "Rogge", "Gerst", "Vlas", "Hennep", "Mos", "Riet", "Schilder", "Timmer", "Smeed",
			"Bakke", "Brouw", "Kuip", "Molder", "Visch", "Jager", "Boer", "Wever", "Verwer", "Kooy", "Lam", "Bok",
			"Haan", "Vink", "Mees", "Spreeuw", "Kraai", "Zwaan", "Valk", "Uil", "Ree", "Wolf", "Vos", "Beer", "Bruin",
			"Wit", "Zwart", "Rood", "Groen", "Blauw", "Geel", "Grijs", "Dorre", "Natte", "Koude", "Warme", "Oude" };

	private static final String[] ENDINGS = { "man", "mans", "ma", "stra", "sma", "inga", "ink", "huis", "veld",
			"berg", "kamp", "hout", "dijk", "horst", "broek", "meer", "beek", "mans", "er", "ers", "en", "ing", "hof",
			"werf", "land" };

	private static final String[] TAIL_PREFIXES = { "van", "van de", "van der", "van den", "de", "ter", "ten", "te" };

	private static final String[] STREET_STEMS = { "Kerk", "School", "Molen", "Dorps", "Stations", "Beuken", "Eiken",
			"Linden", "Wilgen", "Rozen", "Tulpen", "Julianan", "Beatrix", "Wilhelmina", "Oranje", "Prins Hendrik",
			"Nieuwe", "Oude", "Hoog", "Markt", "Haven", "Dijk", "Brink", "Vondel", "Rembrandt", "Vermeer", "Spoor",
			"Berg", "Zand", "Veld", "Kastanje", "Populieren", "Merel", "Lijster", "Zwaluw", "Akker", "Weide", "Bloemen",
			"Ruys de Beerenbrouck", "Burgemeester de Bruijn" };

	private static final String[] STREET_KINDS = { "straat", "laan", "weg", "plein", "singel", "hof", "pad" };

	private static final String[] CITIES = { "Heerlen", "Kerkrade", "Landgraaf", "Brunssum", "Sittard", "Geleen",
			"Maastricht", "Roermond", "Venlo", "Weert", "Eindhoven", "Tilburg", "Breda", "Utrecht", "Amsterdam",
			"Rotterdam", "Den Haag", "Zwolle", "Groningen", "Leeuwarden", "Arnhem", "Nijmegen", "Den Bosch", "Almere",
			"Haarlem", "Leiden", "Delft", "Dordrecht", "Enschede", "Apeldoorn", "Amersfoort", "Zaandam", "Hengelo",
			"Emmen", "Assen", "Middelburg", "Vlissingen", "Ede", "Gouda", "IJsselstein" };

	private final long seed;

	public SyntheticDutchPeople(long seed) {
		this.seed = seed;
	}

	/** Person {@code n}, always the same for the same seed. */
	public PersonRecord person(int n) {
		SplittableRandom random = random(n, 0);
		boolean male = random.nextBoolean();
		String[] names = male ? MALE : FEMALE;
		StringBuilder given = new StringBuilder(names[zipf(random, names.length)]);
		int more = random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0;
		for (int k = 0; k < more; k++) {
			given.append(' ').append(names[random.nextInt(names.length)]);
		}
		String surname;
		if (random.nextInt(100) < 35) {
			surname = SURNAMES[zipf(random, SURNAMES.length)];
		}
		else {
			// the long tail: thousands of rarer names, from stems and endings, some with a prefix
			surname = STEMS[random.nextInt(STEMS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
			if (random.nextInt(100) < 20) {
				surname = TAIL_PREFIXES[random.nextInt(TAIL_PREFIXES.length)] + " " + surname;
			}
		}
		String prefix = "";
		int space = surname.lastIndexOf(' ');
		if (space > 0 && Character.isLowerCase(surname.charAt(0))) {
			prefix = surname.substring(0, space);
			surname = surname.substring(space + 1);
		}
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 70));
		int city = random.nextInt(CITIES.length);
		return new PersonRecord("rec-" + n + "-org", uniqueBsn(n), given.toString(), prefix, surname, birth,
				male ? "M" : "V", street(random), houseNumber(random), postalCode(random, city), CITIES[city], null);
	}

	/** Copy {@code copy} of person {@code n}, with realistic corruptions. */
	public PersonRecord copy(int n, int copy) {
		PersonRecord p = person(n);
		SplittableRandom r = random(n, copy + 1);
		String bsn = p.bsn();
		int bsnChange = r.nextInt(100);
		if (bsnChange < 25) {
			bsn = null;
		}
		else if (bsnChange < 30) {
			bsn = typo(r, bsn, true);
		}
		String given = p.givenNames();
		if (r.nextInt(100) < 15) {
			given = initials(given);
		}
		else if (r.nextInt(100) < 15) {
			given = typo(r, given, false);
		}
		given = diacritics(r, given);
		String prefix = p.surnamePrefix();
		String surname = p.surname();
		if (!prefix.isEmpty() && r.nextInt(100) < 50) {
			switch (r.nextInt(4)) {
				case 0 -> prefix = prefix.replace("van der", "v.d.").replace("van den", "vd").replace("van de", "v.d.");
				case 1 -> prefix = capitalise(prefix);
				case 2 -> {
					surname = prefix + " " + surname;
					prefix = "";
				}
				default -> {
					surname = surname + ", " + prefix;
					prefix = "";
				}
			}
		}
		if (r.nextInt(100) < 20) {
			surname = surname.contains("ij") ? surname.replace("ij", "y")
					: surname.contains("IJ") ? surname.replace("IJ", "Y") : surname;
		}
		if (r.nextInt(100) < 15) {
			surname = typo(r, surname, false);
		}
		surname = diacritics(r, surname);
		LocalDate birth = p.dateOfBirth();
		int dateChange = r.nextInt(100);
		if (dateChange < 5 && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
			birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
		}
		else if (dateChange < 10) {
			birth = birth.plusDays(r.nextBoolean() ? 1 : -1);
		}
		else if (dateChange < 12) {
			birth = birth.plusYears(r.nextBoolean() ? 10 : -1);
		}
		String street = p.street();
		String houseNumber = p.houseNumber();
		String postalCode = p.postalCode();
		String city = p.city();
		int addressChange = r.nextInt(100);
		if (addressChange < 20) {
			int newCity = r.nextInt(10) < 7 ? indexOf(CITIES, city) : r.nextInt(CITIES.length);
			street = street(r);
			houseNumber = houseNumber(r);
			postalCode = postalCode(r, newCity);
			city = CITIES[newCity];
		}
		else if (addressChange < 30) {
			street = street.replace("straat", "str.");
			postalCode = postalCode.substring(0, 4) + " " + postalCode.substring(4);
		}
		else if (addressChange < 35) {
			postalCode = typo(r, postalCode, false);
		}
		String gender = r.nextInt(100) < 10 ? null : p.gender();
		return new PersonRecord("rec-" + n + "-dup-" + copy, bsn, given, prefix, surname, birth, gender, street,
				houseNumber, postalCode, city, null);
	}

	/** {@code registry n file}: people 0 … n−1. {@code incoming n registrySize file}: half copies, half new people. */
	public static void main(String[] args) throws IOException {
		SyntheticDutchPeople people = new SyntheticDutchPeople(2026);
		if (args.length == 3 && args[0].equals("registry")) {
			int n = Integer.parseInt(args[1]);
			write(Path.of(args[2]), n, people::person);
		}
		else if (args.length == 4 && args[0].equals("incoming")) {
			int n = Integer.parseInt(args[1]);
			int registry = Integer.parseInt(args[2]);
			SplittableRandom pick = new SplittableRandom(7);
			write(Path.of(args[3]), n, k -> k % 2 == 0 ? people.copy(pick.nextInt(registry), k) : people.person(registry + k));
		}
		else {
			System.err.println("registry <n> <file> | incoming <n> <registrySize> <file>");
			System.exit(2);
		}
	}

	List<PersonRecord> people(int n) {
		List<PersonRecord> people = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			people.add(person(k));
		}
		return people;
	}

	private static void write(Path file, int n, java.util.function.IntFunction<PersonRecord> record) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int k = 0; k < n; k++) {
				PersonRecord p = record.apply(k);
				out.write(String.join(",", p.id(), text(p.bsn()), quoted(p.givenNames()), text(p.surnamePrefix()),
						quoted(p.surname()), p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), text(p.gender()),
						text(p.street()), text(p.houseNumber()), text(p.postalCode()), text(p.city())));
				out.write('\n');
			}
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String quoted(String value) {
		return value == null ? "" : value.contains(",") ? '"' + value + '"' : value;
	}

	private SplittableRandom random(int n, int stream) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n * 31L + stream);
	}

	/** Index with a long-tailed (Zipf-like) distribution: the first names are the most common. */
	private static int zipf(SplittableRandom random, int size) {
		double x = Math.pow(random.nextDouble(), 1.3);
		return Math.min(size - 1, (int) (x * size));
	}

	/**
	 * A valid BSN of its own for each person below 81 million, as real BSNs are unique: seven digits from a
	 * permutation of n / 9, then the (n mod 9)-th eighth digit for which a ninth digit passes the 11-test
	 * (at least nine of the ten do).
	 */
	static String uniqueBsn(int n) {
		long first7 = 1_000_000 + (n / 9 * 7_654_321L + 1_234_567) % 9_000_000;
		int sum = 0;
		long rest = first7;
		for (int weight = 3; weight <= 9; weight++) {
			sum += (int) (rest % 10) * weight;
			rest /= 10;
		}
		int wanted = n % 9;
		for (int digit8 = 0; digit8 <= 9; digit8++) {
			int check = (sum + 2 * digit8) % 11;
			if (check < 10 && wanted-- == 0) {
				return first7 + "" + digit8 + check;
			}
		}
		throw new IllegalStateException();
	}

	/** A valid BSN: eight random digits and a ninth that makes the 11-test pass. */
	static String bsn(SplittableRandom random) {
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			digits[0] = 1 + random.nextInt(9);
			for (int k = 0; k < 8; k++) {
				if (k > 0) {
					digits[k] = random.nextInt(10);
				}
				sum += (9 - k) * digits[k];
			}
			int last = sum % 11;
			if (last < 10) {
				digits[8] = last;
				StringBuilder bsn = new StringBuilder(9);
				for (int digit : digits) {
					bsn.append(digit);
				}
				return bsn.toString();
			}
		}
	}

	private static String street(SplittableRandom random) {
		return STREET_STEMS[random.nextInt(STREET_STEMS.length)] + STREET_KINDS[random.nextInt(STREET_KINDS.length)];
	}

	private static String houseNumber(SplittableRandom random) {
		int number = 1 + (int) (Math.pow(random.nextDouble(), 2) * 250);
		return random.nextInt(10) == 0 ? number + "a" : Integer.toString(number);
	}

	private static String postalCode(SplittableRandom random, int city) {
		int digits = 1000 + city * 220 + random.nextInt(220);
		return digits + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
	}

	private static String typo(SplittableRandom r, String value, boolean digitsOnly) {
		if (value == null || value.length() < 2) {
			return value;
		}
		char[] chars = value.toCharArray();
		int at = r.nextInt(chars.length - 1);
		switch (digitsOnly ? 0 : r.nextInt(4)) {
			case 0 -> chars[at] = digitsOnly ? (char) ('0' + (chars[at] - '0' + 1 + r.nextInt(9)) % 10)
					: (char) ('a' + r.nextInt(26));
			case 1 -> {
				char c = chars[at];
				chars[at] = chars[at + 1];
				chars[at + 1] = c;
			}
			case 2 -> {
				return value.substring(0, at) + value.substring(at + 1);
			}
			default -> {
				return value.substring(0, at) + value.charAt(at) + value.substring(at);
			}
		}
		return new String(chars);
	}

	private static String initials(String given) {
		StringBuilder initials = new StringBuilder();
		for (String name : given.split(" ")) {
			initials.append(Character.toUpperCase(name.charAt(0))).append('.');
		}
		return initials.toString();
	}

	private static String diacritics(SplittableRandom r, String value) {
		if (value == null || r.nextInt(100) >= 10) {
			return value;
		}
		String stripped = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return stripped.equals(value) ? value.replaceFirst("e", "é") : stripped;
	}

	private static String capitalise(String prefix) {
		StringBuilder out = new StringBuilder();
		for (String word : prefix.split(" ")) {
			out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return out.toString();
	}

	private static int indexOf(String[] values, String value) {
		for (int k = 0; k < values.length; k++) {
			if (values[k].equals(value)) {
				return k;
			}
		}
		return 0;
	}

	static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}
}
