package nl.veiligheidshuis.persons.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Dutch name normalisation for identity resolution: lower case, diacritics removed, "ij" read as "y",
 * surname prefixes ("van der", "v.d.", "vd", "in 't") split off and compared apart, initials told from
 * full given names, and a Dutch-aware phonetic key.
 */
public final class DutchNames {

	/** Words that make up a surname prefix, after normalisation (apostrophes and dots removed). */
	private static final Set<String> PREFIX_WORDS = Set.of("van", "de", "der", "den", "het", "t", "te", "ter",
			"ten", "in", "op", "uit", "aan", "bij", "onder", "over", "voor", "vd", "vder", "vden", "v", "d", "s",
			"la", "le", "les", "du", "da", "di", "dos", "del", "della", "von", "zu", "zum", "zur", "am", "auf", "al",
			"el", "l");

	/** Abbreviations read as their most common full form ("v.d." and "vd" are far more often "van der"). */
	private static final Map<String, String> ABBREVIATIONS = Map.of("vd", "van der", "vder", "van der", "vden",
			"van den", "v", "van", "d", "de", "s", "'s", "t", "'t");

	/**
	 * Dutch call names and the official given name they usually stand for, so that "Kees" and "Cornelis"
	 * share a phonetic key. Normalised spelling (ij as y).
	 */
	private static final Map<String, String> CALL_NAMES = Map.ofEntries(Map.entry("kees", "cornelis"),
			Map.entry("cor", "cornelis"), Map.entry("hans", "johannes"), Map.entry("jan", "johannes"),
			Map.entry("johan", "johannes"), Map.entry("joop", "johannes"), Map.entry("henk", "hendrik"),
			Map.entry("hein", "hendrik"), Map.entry("piet", "pieter"), Map.entry("wim", "willem"),
			Map.entry("klaas", "nicolaas"), Map.entry("sjaak", "jacobus"), Map.entry("koos", "jacobus"),
			Map.entry("ko", "jacobus"), Map.entry("bas", "sebastiaan"), Map.entry("bram", "abraham"),
			Map.entry("thys", "matthys"), Map.entry("gert", "gerrit"), Map.entry("dick", "dirk"),
			Map.entry("toon", "antonius"), Map.entry("ton", "antonius"), Map.entry("teun", "antonius"),
			Map.entry("ria", "maria"), Map.entry("mies", "maria"), Map.entry("mieke", "maria"),
			Map.entry("marieke", "maria"), Map.entry("annie", "anna"), Map.entry("anneke", "anna"),
			Map.entry("truus", "geertruida"), Map.entry("trudy", "geertruida"), Map.entry("riet", "henrietta"),
			Map.entry("jet", "henrietta"), Map.entry("lies", "elisabeth"), Map.entry("liesbeth", "elisabeth"),
			Map.entry("betty", "elisabeth"), Map.entry("els", "elisabeth"), Map.entry("wil", "wilhelmina"),
			Map.entry("mien", "wilhelmina"), Map.entry("jo", "johanna"), Map.entry("ans", "johanna"),
			Map.entry("corrie", "cornelia"));

	private DutchNames() {
	}

	/** The official given name a Dutch call name usually stands for ("kees" → "cornelis"), else the name itself. */
	public static String officialGivenName(String normalisedFirstName) {
		return CALL_NAMES.getOrDefault(normalisedFirstName, normalisedFirstName);
	}

	/** A surname split into its prefix (may be empty) and the surname proper, both normalised. */
	public record SurnameParts(String prefix, String surname) {

		/** The prefix as compared: the first letter of each word ("van der", "v.d.", "vd" → "vd"). */
		public String prefixKey() {
			return DutchNames.prefixKey(prefix);
		}
	}

	/** A name in sorted form ("Berg, Jan vd") read into given names, prefix and surname. */
	public record SortedName(String givenNames, String prefix, String surname) {
	}

	/**
	 * Lower case, diacritics removed, "ij" as "y", every character other than a letter or digit a single
	 * space; "v.d." and "v/d" become the word "vd" first.
	 */
	public static String normalise(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		boolean ascii = true;
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) > 127) {
				ascii = false;
				break;
			}
		}
		if (!ascii) {
			lower = Normalizer.normalize(lower, Normalizer.Form.NFD);
		}
		StringBuilder out = new StringBuilder(lower.length());
		boolean space = true;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == 'v' && i + 2 < lower.length() && (lower.charAt(i + 1) == '.' || lower.charAt(i + 1) == '/')
					&& lower.charAt(i + 2) == 'd' && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
				// "v.d." / "v/d" → "vd"
				out.append("vd");
				i += 2;
				if (i + 1 < lower.length() && lower.charAt(i + 1) == '.') {
					i++;
				}
				space = false;
				continue;
			}
			if (c == 'i' && i + 1 < lower.length() && lower.charAt(i + 1) == 'j') {
				out.append('y');
				i++;
				space = false;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				out.append(c);
				space = false;
			}
			else if (c == 'ß' || c == 'ı' || c == 'ø' || c == 'ł' || c == 'æ' || c == 'œ') {
				out.append(switch (c) {
					case 'ß' -> "ss";
					case 'ı' -> "i";
					case 'ø' -> "o";
					case 'ł' -> "l";
					case 'æ' -> "ae";
					default -> "oe";
				});
				space = false;
			}
			else if (c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK) {
				// apostrophes and accents vanish: "'t" → "t", "é" → "e"
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		out.setLength(end);
		return out.toString();
	}

	/**
	 * Splits a surname that may still carry its prefix: "van der Berg", "V.d. Berg", "Berg, van der" and
	 * "Berg, vd" all give prefix "van der" and surname "berg". A name made only of prefix words keeps its
	 * last word as the surname ("Van" stays a surname).
	 */
	public static SurnameParts splitSurname(@Nullable String surname) {
		if (surname == null || surname.isBlank()) {
			return new SurnameParts("", "");
		}
		int comma = surname.indexOf(',');
		if (comma >= 0) {
			List<String> main = words(normalise(surname.substring(0, comma)));
			List<String> after = words(normalise(surname.substring(comma + 1)));
			int trailing = after.size();
			while (trailing > 0 && PREFIX_WORDS.contains(after.get(trailing - 1))) {
				trailing--;
			}
			SurnameParts inner = splitWords(main);
			String prefix = joinPrefix(after.subList(trailing, after.size()));
			return new SurnameParts(prefix.isEmpty() ? inner.prefix() : prefix, inner.surname());
		}
		return splitWords(words(normalise(surname)));
	}

	/** The combination of a separately given prefix and a surname that may still carry one. */
	public static SurnameParts splitSurname(@Nullable String prefix, @Nullable String surname) {
		SurnameParts parts = splitSurname(surname);
		if (prefix == null || prefix.isBlank()) {
			return parts;
		}
		return new SurnameParts(joinPrefix(words(normalise(prefix))), parts.surname());
	}

	/** Reads "Berg, Jan vd" (surname, given names, prefix after the comma). Without a comma: "Jan van der Berg". */
	public static SortedName parseFullName(String name) {
		int comma = name.indexOf(',');
		if (comma >= 0) {
			SurnameParts surname = splitWords(words(normalise(name.substring(0, comma))));
			List<String> after = words(normalise(name.substring(comma + 1)));
			int trailing = after.size();
			while (trailing > 0 && PREFIX_WORDS.contains(after.get(trailing - 1))) {
				trailing--;
			}
			String prefix = joinPrefix(after.subList(trailing, after.size()));
			return new SortedName(String.join(" ", after.subList(0, trailing)),
					prefix.isEmpty() ? surname.prefix() : prefix, surname.surname());
		}
		List<String> all = words(normalise(name));
		if (all.size() < 2) {
			return new SortedName("", "", String.join(" ", all));
		}
		int start = 1;
		while (start < all.size() - 1 && !PREFIX_WORDS.contains(all.get(start))) {
			start++;
		}
		if (!PREFIX_WORDS.contains(all.get(start))) {
			start = all.size() - 1;
		}
		SurnameParts surname = splitWords(all.subList(start, all.size()));
		return new SortedName(String.join(" ", all.subList(0, start)), surname.prefix(), surname.surname());
	}

	/** The first letter of each prefix word: "van der", "van den", "v.d." → "vd"; "in 't" → "it". */
	public static String prefixKey(String prefix) {
		StringBuilder key = new StringBuilder(3);
		boolean start = true;
		for (int i = 0; i < prefix.length(); i++) {
			char c = prefix.charAt(i);
			if (c == ' ') {
				start = true;
			}
			else if (start && c != '\'') {
				key.append(c);
				start = false;
			}
		}
		return key.toString();
	}

	/** The normalised first given name, "" when there is none. */
	public static String firstGivenName(@Nullable String givenNames) {
		String normalised = normalise(givenNames);
		int space = normalised.indexOf(' ');
		return space < 0 ? normalised : normalised.substring(0, space);
	}

	/** The first letter of each given name: "Jan Pieter" and "J.P." → "jp". */
	public static String initials(@Nullable String givenNames) {
		String normalised = normalise(givenNames);
		StringBuilder initials = new StringBuilder(4);
		boolean start = true;
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (c == ' ') {
				start = true;
			}
			else if (start) {
				initials.append(c);
				start = false;
			}
		}
		return initials.toString();
	}

	/** Whether the given names are written as initials only ("J.", "J.P.", "J P"). */
	public static boolean isInitialsOnly(@Nullable String givenNames) {
		String normalised = normalise(givenNames);
		if (normalised.isEmpty()) {
			return false;
		}
		for (String word : normalised.split(" ")) {
			if (word.length() > 1) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A Dutch-aware phonetic key of a normalised name: sounds that Dutch spelling writes in several ways
	 * are made equal (ch/g, ck/c/k/q, ph/f/v, z/s, dt/d/t at the end, ei/ij/y, au/ou), doubled letters
	 * are collapsed and the vowels after the first letter dropped. "Jansen" and "Janssen", "Bakker" and
	 * "Backer", "Dijkstra" and "Dykstra", "Smit" and "Smid" share their keys.
	 */
	public static String phoneticKey(String normalised) {
		StringBuilder s = new StringBuilder(normalised.length());
		int n = normalised.length();
		for (int i = 0; i < n; i++) {
			char c = normalised.charAt(i);
			char next = i + 1 < n ? normalised.charAt(i + 1) : 0;
			switch (c) {
				case ' ', '-' -> {
				}
				case 'c' -> {
					if (next == 'h') {
						s.append('g');
						i++;
					}
					else if (next == 'k') {
						s.append('k');
						i++;
					}
					else if (next == 'e' || next == 'i' || next == 'y') {
						s.append('s');
					}
					else {
						s.append('k');
					}
				}
				case 'p' -> {
					if (next == 'h') {
						s.append('f');
						i++;
					}
					else {
						s.append('p');
					}
				}
				case 'q' -> s.append('k');
				case 'x' -> s.append("ks");
				case 'v' -> s.append('f');
				case 'z' -> s.append('s');
				case 'd' -> {
					if (next == 't') {
						s.append('t');
						i++;
					}
					else if (i == n - 1) {
						s.append('t');
					}
					else {
						s.append('d');
					}
				}
				case 'e' -> {
					if (next == 'i' || next == 'y') {
						s.append('y');
						i++;
					}
					else {
						s.append('e');
					}
				}
				case 'o' -> {
					if (next == 'u') {
						s.append('a');
						i++;
					}
					else {
						s.append('o');
					}
				}
				default -> s.append(c);
			}
		}
		StringBuilder key = new StringBuilder(6);
		char previous = 0;
		for (int i = 0; i < s.length() && key.length() < 6; i++) {
			char c = s.charAt(i);
			boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'h'
					|| c == 'w';
			if (i == 0) {
				key.append(c);
			}
			else if (!vowel && c != previous) {
				key.append(c);
			}
			previous = c;
		}
		return key.toString();
	}

	private static SurnameParts splitWords(List<String> words) {
		int start = 0;
		while (start < words.size() - 1 && PREFIX_WORDS.contains(words.get(start))) {
			start++;
		}
		return new SurnameParts(joinPrefix(words.subList(0, start)), String.join(" ", words.subList(start, words.size())));
	}

	private static String joinPrefix(List<String> words) {
		List<String> expanded = new ArrayList<>(words.size());
		for (String word : words) {
			expanded.add(ABBREVIATIONS.getOrDefault(word, word));
		}
		return String.join(" ", expanded);
	}

	private static List<String> words(String normalised) {
		return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
	}
}
