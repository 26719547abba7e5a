package nl.veiligheidshuis.persons.linkage;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Comparison levels of text fields remembered per pair of distinct values. Given names, surnames, streets
 * and cities repeat a lot, so a pair of values is compared with Jaro-Winkler once and then looked up.
 * A field with more distinct values than {@link #MAX_DISTINCT} is compared every time.
 */
final class LevelCaches {

	static final int MAX_DISTINCT = 4096;

	static final LevelCaches NONE = new LevelCaches(new Cache(0, true), new Cache(0, true), new Cache(0, false),
			new Cache(0, false));

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
		return new LevelCaches(new Cache(ids(a.given, a.givenId, b == null ? null : b.given, b == null ? null : b.givenId), true),
				new Cache(ids(a.surname, a.surnameId, b == null ? null : b.surname, b == null ? null : b.surnameId), true),
				new Cache(ids(a.street, a.streetId, b == null ? null : b.street, b == null ? null : b.streetId), false),
				new Cache(ids(a.city, a.cityId, b == null ? null : b.city, b == null ? null : b.cityId), false));
	}

	private static int ids(String[] valuesA, int[] idsA, String @Nullable [] valuesB, int @Nullable [] idsB) {
		Map<String, Integer> ids = new HashMap<>();
		for (int i = 0; i < valuesA.length; i++) {
			idsA[i] = ids.computeIfAbsent(valuesA[i], value -> ids.size());
		}
		if (valuesB != null && idsB != null) {
			for (int i = 0; i < valuesB.length; i++) {
				idsB[i] = ids.computeIfAbsent(valuesB[i], value -> ids.size());
			}
		}
		return ids.size();
	}

	/** The levels of one field; racing threads may both compute a level, and write the same value. */
	static final class Cache {

		private final int distinct;
		private final byte @Nullable [] levels;
		private final boolean name;

		Cache(int distinct, boolean name) {
			this.distinct = distinct;
			this.levels = distinct > 0 && distinct <= MAX_DISTINCT ? new byte[distinct * distinct] : null;
			this.name = name;
		}

		int level(int idX, int idY, String x, @Nullable String phoneticX, String y, @Nullable String phoneticY) {
			byte[] cached = levels;
			if (cached == null) {
				return compute(x, phoneticX, y, phoneticY);
			}
			int slot = idX * distinct + idY;
			int level = cached[slot];
			if (level == 0) {
				level = compute(x, phoneticX, y, phoneticY) + 1;
				cached[slot] = (byte) level;
			}
			return level - 1;
		}

		private int compute(String x, @Nullable String phoneticX, String y, @Nullable String phoneticY) {
			return name ? Comparisons.name(x, phoneticX == null ? "" : phoneticX, y, phoneticY == null ? "" : phoneticY)
					: Comparisons.text(x, y);
		}
	}
}
