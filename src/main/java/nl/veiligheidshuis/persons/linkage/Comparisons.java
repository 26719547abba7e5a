package nl.veiligheidshuis.persons.linkage;

/**
 * The field comparisons of one candidate pair, packed as a comparison vector: three bits per field,
 * level 0 = missing on either side (no evidence), 1 = disagree, higher = closer agreement. The levels of
 * each field are listed in {@link FellegiSunterModel}.
 */
final class Comparisons {

	private Comparisons() {
	}

	/**
	 * Compares from the packed rows (see {@link PreparedRecords#row}): one cache line of the other record,
	 * its strings only when two different values must be measured and no cached level exists.
	 */
	static long compare(PreparedRecords a, int i, PreparedRecords b, int j, LevelCaches caches) {
		int[] ra = a.row;
		int[] rb = b.row;
		int oa = i * PreparedRecords.ROW;
		int ob = j * PreparedRecords.ROW;
		int flagsA = ra[oa + PreparedRecords.FLAGS];
		int flagsB = rb[ob + PreparedRecords.FLAGS];
		long pattern = 0;

		int bsnA = ra[oa + PreparedRecords.BSN_NUMBER];
		int bsnB = rb[ob + PreparedRecords.BSN_NUMBER];
		int bsn;
		if (bsnA == 0 || bsnB == 0) {
			bsn = 0;
		}
		else if (bsnA > 0 && bsnB > 0) {
			bsn = bsnA == bsnB ? ((flagsA & flagsB & 2) != 0 ? 3 : 2) : withinOneDigitEdit(bsnA, bsnB, 9) ? 2 : 1;
		}
		else {
			bsn = bsn(a, i, b, j);
		}
		pattern |= level(FellegiSunterModel.BSN, bsn);

		int identifierA = ra[oa + PreparedRecords.IDENTIFIER_ID];
		int identifierB = rb[ob + PreparedRecords.IDENTIFIER_ID];
		pattern |= level(FellegiSunterModel.IDENTIFIER, identifierA == 0 || identifierB == 0 ? 0
				: identifierA == identifierB ? 4 : identifier(a.identifier[i], b.identifier[j]));

		int given = ((flagsA | flagsB) & 1) != 0 ? given(a, i, b, j)
				: caches.given.level(ra[oa + PreparedRecords.GIVEN_ID], rb[ob + PreparedRecords.GIVEN_ID], a.given[i],
						a.givenPhonetic[i], b.given[j], b.givenPhonetic[j]);
		int surname = caches.surname.level(ra[oa + PreparedRecords.SURNAME_ID], rb[ob + PreparedRecords.SURNAME_ID],
				a.surname[i], a.surnamePhonetic[i], b.surname[j], b.surnamePhonetic[j]);
		if (given <= 1 && surname <= 1) {
			int lettersA = ra[oa + PreparedRecords.FIRST_LETTERS];
			int lettersB = rb[ob + PreparedRecords.FIRST_LETTERS];
			// given name of one = surname of the other, by first letter before anything is measured
			if ((lettersA >>> 16) == (lettersB & 0xFFFF) && (lettersA & 0xFFFF) == (lettersB >>> 16)
					&& swapped(a, i, b, j)) {
				given = 4;
				surname = 4;
			}
		}
		pattern |= level(FellegiSunterModel.GIVEN_NAME, given);
		pattern |= level(FellegiSunterModel.SURNAME, surname);

		int prefixA = ra[oa + PreparedRecords.PREFIX_ID];
		int prefixB = rb[ob + PreparedRecords.PREFIX_ID];
		pattern |= level(FellegiSunterModel.PREFIX, prefixA == prefixB ? (prefixA == 0 ? 0 : 2) : 1);
		pattern |= level(FellegiSunterModel.DATE_OF_BIRTH,
				date(ra[oa + PreparedRecords.DATE], rb[ob + PreparedRecords.DATE]));
		int genderA = flagsA >>> 8;
		int genderB = flagsB >>> 8;
		pattern |= level(FellegiSunterModel.GENDER, genderA == 0 || genderB == 0 ? 0 : genderA == genderB ? 2 : 1);
		pattern |= level(FellegiSunterModel.STREET, caches.street.level(ra[oa + PreparedRecords.STREET_ID],
				rb[ob + PreparedRecords.STREET_ID], a.street[i], null, b.street[j], null));
		int houseA = ra[oa + PreparedRecords.HOUSE_NUMBER_ID];
		int houseB = rb[ob + PreparedRecords.HOUSE_NUMBER_ID];
		pattern |= level(FellegiSunterModel.HOUSE_NUMBER, houseA == 0 || houseB == 0 ? 0 : houseA == houseB ? 2 : 1);
		int postalA = ra[oa + PreparedRecords.POSTAL_CODE_ID];
		int postalB = rb[ob + PreparedRecords.POSTAL_CODE_ID];
		int postal;
		if (postalA == 0 || postalB == 0) {
			postal = 0;
		}
		else if (postalA == postalB) {
			postal = 3;
		}
		else {
			int lengthA = ra[oa + PreparedRecords.POSTAL_LENGTH];
			int lengthB = rb[ob + PreparedRecords.POSTAL_LENGTH];
			if (lengthA >= 0 && lengthB >= 0) {
				long packedA = (ra[oa + PreparedRecords.POSTAL_LOW] & 0xFFFFFFFFL)
						| ((long) ra[oa + PreparedRecords.POSTAL_HIGH] << 32);
				long packedB = (rb[ob + PreparedRecords.POSTAL_LOW] & 0xFFFFFFFFL)
						| ((long) rb[ob + PreparedRecords.POSTAL_HIGH] << 32);
				postal = withinOneEdit(packedA, lengthA, packedB, lengthB) ? 2 : 1;
			}
			else {
				postal = code(a.postalCode[i], b.postalCode[j]);
			}
		}
		pattern |= level(FellegiSunterModel.POSTAL_CODE, postal);
		pattern |= level(FellegiSunterModel.CITY, caches.city.level(ra[oa + PreparedRecords.CITY_ID],
				rb[ob + PreparedRecords.CITY_ID], a.city[i], null, b.city[j], null));
		return pattern;
	}

	/** {@link StringMetrics#withinOneEdit} on up to eight packed 8-bit characters. */
	static boolean withinOneEdit(long x, int lengthX, long y, int lengthY) {
		if (lengthX == lengthY) {
			long diff = x ^ y;
			if (diff == 0) {
				return true;
			}
			int first = Long.numberOfTrailingZeros(diff) / 8;
			long rest = diff >>> (8 * (first + 1));
			if (first + 1 >= 8 || rest == 0) {
				return true; // one substitution
			}
			// adjacent transposition at first, first + 1
			return (rest >>> 8) == 0 && charAt(x, first) == charAt(y, first + 1) && charAt(x, first + 1) == charAt(y, first);
		}
		if (Math.abs(lengthX - lengthY) != 1) {
			return false;
		}
		long longer = lengthX > lengthY ? x : y;
		long shorter = lengthX > lengthY ? y : x;
		int shortLength = Math.min(lengthX, lengthY);
		int k = 0;
		while (k < shortLength && charAt(longer, k) == charAt(shorter, k)) {
			k++;
		}
		for (int m = k; m < shortLength; m++) {
			if (charAt(longer, m + 1) != charAt(shorter, m)) {
				return false;
			}
		}
		return true;
	}

	private static int charAt(long packed, int k) {
		return (int) (packed >>> (8 * k)) & 0xFF;
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
		if (withinOneDigitEdit(x, y, 8)) {
			return 3;
		}
		int same = (yearX == yearY ? 1 : 0) + (monthX == monthY ? 1 : 0) + (dayX == dayY ? 1 : 0);
		return same >= 2 ? 2 : 1;
	}

	/**
	 * Two numbers of {@code digits} digits (leading zeros counted) that differ in one digit, or in two
	 * adjacent digits swapped: Damerau-Levenshtein 1 at equal length.
	 */
	static boolean withinOneDigitEdit(int x, int y, int digits) {
		int differences = 0;
		int position1 = -1;
		int position2 = -1;
		int x1 = 0;
		int y1 = 0;
		int x2 = 0;
		int y2 = 0;
		for (int k = 0; k < digits; k++) {
			int dx = x % 10;
			int dy = y % 10;
			if (dx != dy) {
				differences++;
				if (differences > 2) {
					return false;
				}
				if (differences == 1) {
					position1 = k;
					x1 = dx;
					y1 = dy;
				}
				else {
					position2 = k;
					x2 = dx;
					y2 = dy;
				}
			}
			x /= 10;
			y /= 10;
		}
		return differences <= 1 || (position2 == position1 + 1 && x1 == y2 && x2 == y1);
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
