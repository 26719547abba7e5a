package nl.veiligheidshuis.persons.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Comparison levels of text fields remembered per pair of distinct values. Given names, surnames, streets
 * and cities repeat a lot, so a pair of values is compared with Jaro-Winkler once and then looked up.
 * Only the {@link #MAX_DISTINCT} most frequent values of a field are cached; rarer ones are measured every time.
 */
final class LevelCaches {

	static final int MAX_DISTINCT = 4096;


	final Cache given;
	final Cache surname;
	final Cache street;
	final Cache city;

	private LevelCaches(Cache given, Cache surname, Cache street, Cache city) {
		this.given = given;
		this.surname = surname;
		this.street = street;
		this.city = city;
	}

	/** Gives every distinct value an id, shared by both sides ({@code b} is null when deduplicating). */
	static LevelCaches encode(PreparedRecords a, @Nullable PreparedRecords b) {
		LevelCaches caches = new LevelCaches(
				new Cache(ids(a.given, a.givenId, b == null ? null : b.given, b == null ? null : b.givenId), 6, true),
				new Cache(ids(a.surname, a.surnameId, b == null ? null : b.surname, b == null ? null : b.surnameId), 6,
						true),
				new Cache(ids(a.street, a.streetId, b == null ? null : b.street, b == null ? null : b.streetId), 3, false),
				new Cache(ids(a.city, a.cityId, b == null ? null : b.city, b == null ? null : b.cityId), 3, false));
		int[][] prefix = { new int[a.size], b == null ? new int[0] : new int[b.size] };
		int[][] house = { new int[a.size], b == null ? new int[0] : new int[b.size] };
		int[][] postal = { new int[a.size], b == null ? new int[0] : new int[b.size] };
		int[][] identifier = { new int[a.size], b == null ? new int[0] : new int[b.size] };
		ids(a.prefixKey, prefix[0], b == null ? null : b.prefixKey, prefix[1]);
		ids(a.houseNumber, house[0], b == null ? null : b.houseNumber, house[1]);
		ids(a.postalCode, postal[0], b == null ? null : b.postalCode, postal[1]);
		ids(a.identifier, identifier[0], b == null ? null : b.identifier, identifier[1]);
		rows(a, prefix[0], house[0], postal[0], identifier[0]);
		if (b != null) {
			rows(b, prefix[1], house[1], postal[1], identifier[1]);
		}
		return caches;
	}

	private static void rows(PreparedRecords r, int[] prefix, int[] house, int[] postal, int[] identifier) {
		int[] row = new int[r.size * PreparedRecords.ROW];
		for (int i = 0; i < r.size; i++) {
			int o = i * PreparedRecords.ROW;
			row[o + PreparedRecords.GIVEN_ID] = r.givenId[i];
			row[o + PreparedRecords.SURNAME_ID] = r.surnameId[i];
			row[o + PreparedRecords.STREET_ID] = r.streetId[i];
			row[o + PreparedRecords.CITY_ID] = r.cityId[i];
			row[o + PreparedRecords.DATE] = r.dateOfBirth[i];
			row[o + PreparedRecords.PREFIX_ID] = prefix[i];
			row[o + PreparedRecords.HOUSE_NUMBER_ID] = house[i];
			row[o + PreparedRecords.FLAGS] = (r.givenInitialsOnly[i] ? 1 : 0) | (r.bsnValid[i] ? 2 : 0)
					| ((r.gender[i] & 0xFF) << 8);
			row[o + PreparedRecords.POSTAL_CODE_ID] = postal[i];
			row[o + PreparedRecords.IDENTIFIER_ID] = identifier[i];
			String bsn = r.bsn[i];
			int number = bsn.isEmpty() ? 0 : -1;
			if (bsn.length() == 9 && bsn.chars().allMatch(c -> c >= '0' && c <= '9')) {
				number = Integer.parseInt(bsn);
				if (number == 0) {
					number = -1;
				}
			}
			row[o + PreparedRecords.BSN_NUMBER] = number;
			String code = r.postalCode[i];
			long packed = 0;
			int length = code.length() <= 8 ? code.length() : -1;
			for (int k = 0; k < code.length() && length >= 0; k++) {
				char c = code.charAt(k);
				if (c > 255) {
					length = -1;
				}
				packed |= ((long) (c & 0xFF)) << (8 * k);
			}
			row[o + PreparedRecords.POSTAL_LOW] = (int) packed;
			row[o + PreparedRecords.POSTAL_HIGH] = (int) (packed >>> 32);
			row[o + PreparedRecords.POSTAL_LENGTH] = length;
			char givenFirst = r.given[i].isEmpty() ? 0 : r.given[i].charAt(0);
			char surnameFirst = r.surname[i].isEmpty() ? 0 : r.surname[i].charAt(0);
			row[o + PreparedRecords.FIRST_LETTERS] = (givenFirst << 16) | surnameFirst;
		}
		r.row = row;
	}

	/**
	 * Dictionary ids, shared by both sides, the most frequent values first; the empty text (missing) is
	 * always id 0. Frequent values get the small ids, so the cache covers them even when typing errors
	 * make the number of distinct values large.
	 */
	private static int ids(String[] valuesA, int[] idsA, String @Nullable [] valuesB, int @Nullable [] idsB) {
		Map<String, int[]> counts = new HashMap<>();
		for (String value : valuesA) {
			counts.computeIfAbsent(value, v -> new int[1])[0]++;
		}
		if (valuesB != null) {
			for (String value : valuesB) {
				counts.computeIfAbsent(value, v -> new int[1])[0]++;
			}
		}
		counts.remove("");
		List<Map.Entry<String, int[]>> byFrequency = new ArrayList<>(counts.entrySet());
		byFrequency.sort((x, y) -> y.getValue()[0] != x.getValue()[0] ? Integer.compare(y.getValue()[0], x.getValue()[0])
				: x.getKey().compareTo(y.getKey()));
		Map<String, Integer> ids = new HashMap<>(byFrequency.size() * 2);
		ids.put("", 0);
		for (Map.Entry<String, int[]> entry : byFrequency) {
			ids.put(entry.getKey(), ids.size());
		}
		for (int i = 0; i < valuesA.length; i++) {
			idsA[i] = ids.get(valuesA[i]);
		}
		if (valuesB != null && idsB != null) {
			for (int i = 0; i < valuesB.length; i++) {
				idsB[i] = ids.get(valuesB[i]);
			}
		}
		return ids.size();
	}

	/** The levels of one field; racing threads may both compute a level, and write the same value. */
	static final class Cache {

		/** Values with an id below this have their levels cached. */
		private final int cached;
		private final byte[] levels;
		private final boolean name;
		private final int exact;

		Cache(int distinct, int exact, boolean name) {
			this.cached = Math.min(distinct, MAX_DISTINCT);
			this.levels = new byte[cached * cached];
			this.name = name;
			this.exact = exact;
		}

		int level(int idX, int idY, String x, @Nullable String phoneticX, String y, @Nullable String phoneticY) {
			if (idX == 0 || idY == 0) {
				return 0;
			}
			if (idX == idY) {
				return exact;
			}
			if (idX >= cached || idY >= cached) {
				return compute(x, phoneticX, y, phoneticY);
			}
			int slot = idX * cached + idY;
			int level = levels[slot];
			if (level == 0) {
				level = compute(x, phoneticX, y, phoneticY) + 1;
				levels[slot] = (byte) level;
			}
			return level - 1;
		}

		private int compute(String x, @Nullable String phoneticX, String y, @Nullable String phoneticY) {
			return name ? Comparisons.name(x, phoneticX == null ? "" : phoneticX, y, phoneticY == null ? "" : phoneticY)
					: Comparisons.text(x, y);
		}
	}
}
