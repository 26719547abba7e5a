package nl.veiligheidshuis.persons.linkage;

/**
 * The field comparisons of one candidate pair, packed as a comparison vector: three bits per field,
 * level 0 = missing on either side (no evidence), 1 = disagree, higher = closer agreement. The levels of
 * each field are listed in {@link FellegiSunterModel}.
 */
final class Comparisons {

	private Comparisons() {
	}

	static long compare(PreparedRecords a, int i, PreparedRecords b, int j) {
		return compare(a, i, b, j, LevelCaches.NONE);
	}

	static long compare(PreparedRecords a, int i, PreparedRecords b, int j, LevelCaches caches) {
		long pattern = 0;
		pattern |= level(FellegiSunterModel.BSN, bsn(a, i, b, j));
		pattern |= level(FellegiSunterModel.IDENTIFIER, identifier(a.identifier[i], b.identifier[j]));
		int given = a.givenInitialsOnly[i] || b.givenInitialsOnly[j] ? given(a, i, b, j)
				: caches.given.level(a.givenId[i], b.givenId[j], a.given[i], a.givenPhonetic[i], b.given[j],
						b.givenPhonetic[j]);
		int surname = caches.surname.level(a.surnameId[i], b.surnameId[j], a.surname[i], a.surnamePhonetic[i],
				b.surname[j], b.surnamePhonetic[j]);
		if (given <= 1 && surname <= 1 && swapped(a, i, b, j)) {
			given = 4;
			surname = 4;
		}
		pattern |= level(FellegiSunterModel.GIVEN_NAME, given);
		pattern |= level(FellegiSunterModel.SURNAME, surname);
		pattern |= level(FellegiSunterModel.PREFIX, prefix(a.prefixKey[i], b.prefixKey[j]));
		pattern |= level(FellegiSunterModel.DATE_OF_BIRTH, date(a.dateOfBirth[i], b.dateOfBirth[j]));
		char ga = a.gender[i];
		char gb = b.gender[j];
		pattern |= level(FellegiSunterModel.GENDER, ga == 0 || gb == 0 ? 0 : ga == gb ? 2 : 1);
		pattern |= level(FellegiSunterModel.STREET, caches.street.level(a.streetId[i], b.streetId[j], a.street[i], null,
				b.street[j], null));
		pattern |= level(FellegiSunterModel.HOUSE_NUMBER, exact(a.houseNumber[i], b.houseNumber[j]));
		pattern |= level(FellegiSunterModel.POSTAL_CODE, code(a.postalCode[i], b.postalCode[j]));
		pattern |= level(FellegiSunterModel.CITY, caches.city.level(a.cityId[i], b.cityId[j], a.city[i], null,
				b.city[j], null));
		return pattern;
	}

	static int levelOf(long pattern, int field) {
		return (int) (pattern >>> (3 * field)) & 7;
	}

	private static long level(int field, int level) {
		return ((long) level) << (3 * field);
	}

	/** 3 both valid and equal, 2 within one typo (either unverified), 1 different, 0 missing. */
	private static int bsn(PreparedRecords a, int i, PreparedRecords b, int j) {
		String x = a.bsn[i];
		String y = b.bsn[j];
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return a.bsnValid[i] && b.bsnValid[j] ? 3 : 2;
		}
		return StringMetrics.withinOneEdit(x, y) ? 2 : 1;
	}

	/** 4 equal, 3 one edit (Damerau-Levenshtein), 2 two edits, 1 different, 0 missing. */
	private static int identifier(String x, String y) {
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 4;
		}
		if (Math.abs(x.length() - y.length()) > 2) {
			return 1;
		}
		int distance = StringMetrics.damerauLevenshtein(x, y, 2);
		return distance < 0 ? 1 : distance == 1 ? 3 : 2;
	}

	/**
	 * Given names: 6 equal, 5 Jaro-Winkler ≥ 0.94, 4 ≥ 0.88 or same phonetic key, 3 ≥ 0.80, 2 initials
	 * agree (one side written as initials), 1 different, 0 missing.
	 */
	private static int given(PreparedRecords a, int i, PreparedRecords b, int j) {
		if (a.givenInitialsOnly[i] || b.givenInitialsOnly[j]) {
			String x = a.givenInitials[i];
			String y = b.givenInitials[j];
			if (x.isEmpty() || y.isEmpty()) {
				return 0;
			}
			return x.startsWith(y) || y.startsWith(x) ? 2 : 1;
		}
		return name(a.given[i], a.givenPhonetic[i], b.given[j], b.givenPhonetic[j]);
	}

	/** 6 equal, 5 Jaro-Winkler ≥ 0.94, 4 ≥ 0.88 or same phonetic key, 3 ≥ 0.80, 1 different, 0 missing. */
	static int name(String x, String phoneticX, String y, String phoneticY) {
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 6;
		}
		double similarity = StringMetrics.jaroWinkler(x, y);
		if (similarity >= 0.94) {
			return 5;
		}
		if (similarity >= 0.88 || phoneticX.equals(phoneticY)) {
			return 4;
		}
		return similarity >= 0.80 ? 3 : 1;
	}

	/** Given name and surname written the other way round. */
	private static boolean swapped(PreparedRecords a, int i, PreparedRecords b, int j) {
		String g1 = a.given[i];
		String s1 = a.surname[i];
		String g2 = b.given[j];
		String s2 = b.surname[j];
		if (g1.isEmpty() || s1.isEmpty() || g2.isEmpty() || s2.isEmpty() || g1.charAt(0) != s2.charAt(0)
				|| s1.charAt(0) != g2.charAt(0)) {
			return false;
		}
		return StringMetrics.jaroWinkler(g1, s2) >= 0.92 && StringMetrics.jaroWinkler(s1, g2) >= 0.92;
	}

	/** 2 same prefix key, 1 different (or only one side has one), 0 neither has a prefix. */
	private static int prefix(String x, String y) {
		if (x.isEmpty() && y.isEmpty()) {
			return 0;
		}
		return x.equals(y) ? 2 : 1;
	}

	/**
	 * Dates as yyyymmdd: 5 equal, 4 day and month transposed, 3 one digit typed wrong or two adjacent
	 * digits swapped, 2 two of year, month and day equal, 1 different, 0 missing.
	 */
	static int date(int x, int y) {
		if (x == 0 || y == 0) {
			return 0;
		}
		if (x == y) {
			return 5;
		}
		int yearX = x / 10000;
		int monthX = x / 100 % 100;
		int dayX = x % 100;
		int yearY = y / 10000;
		int monthY = y / 100 % 100;
		int dayY = y % 100;
		if (yearX == yearY && monthX == dayY && dayX == monthY) {
			return 4;
		}
		if (withinOneDigitEdit(x, y)) {
			return 3;
		}
		int same = (yearX == yearY ? 1 : 0) + (monthX == monthY ? 1 : 0) + (dayX == dayY ? 1 : 0);
		return same >= 2 ? 2 : 1;
	}

	/** Same eight digits but one, or two adjacent digits swapped (Damerau-Levenshtein 1 at equal length). */
	private static boolean withinOneDigitEdit(int x, int y) {
		int[] dx = new int[8];
		int[] dy = new int[8];
		int first = -1;
		int differences = 0;
		for (int k = 7; k >= 0; k--) {
			dx[k] = x % 10;
			dy[k] = y % 10;
			x /= 10;
			y /= 10;
		}
		for (int k = 0; k < 8; k++) {
			if (dx[k] != dy[k]) {
				if (first < 0) {
					first = k;
				}
				differences++;
			}
		}
		if (differences == 1) {
			return true;
		}
		return differences == 2 && first < 7 && dx[first] == dy[first + 1] && dx[first + 1] == dy[first]
				&& dx[first] != dx[first + 1];
	}

	/** 3 equal, 2 Jaro-Winkler ≥ 0.88, 1 different, 0 missing. */
	static int text(String x, String y) {
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 3;
		}
		return StringMetrics.jaroWinkler(x, y) >= 0.88 ? 2 : 1;
	}

	/** 2 equal, 1 different, 0 missing. */
	private static int exact(String x, String y) {
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		return x.equals(y) ? 2 : 1;
	}

	/** 3 equal, 2 one edit, 1 different, 0 missing. */
	private static int code(String x, String y) {
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			return 3;
		}
		return StringMetrics.withinOneEdit(x, y) ? 2 : 1;
	}
}
