package nl.veiligheidshuis.persons.linkage;

import java.util.Arrays;

/**
 * The blocking rules: only pairs that share the key of at least one rule become candidate pairs. Keys
 * are 64-bit hashes, truncated so that the record index fits beside the key in one sortable long; a
 * hash collision only adds a candidate pair, it never loses one. A pair found by an earlier rule is not
 * produced again by a later one.
 */
final class Blocking {

	/** The rules, in order. */
	enum Rule {
		/** Same valid BSN (an unverified BSN is never a key). */
		VALID_BSN,
		/** Same other personal number. */
		IDENTIFIER,
		/** Same phonetic surname key and birth year. */
		SURNAME_PHONETIC_AND_BIRTH_YEAR,
		/** Same date of birth. */
		DATE_OF_BIRTH,
		/** Same postal code. */
		POSTAL_CODE,
		/** Same phonetic keys of given name and surname. */
		GIVEN_AND_SURNAME_PHONETIC,
		/** Same given name phonetic key and birth year and month. */
		GIVEN_PHONETIC_AND_BIRTH_MONTH
	}

	static final int RULES = Rule.values().length;

	final int indexBits;
	final long keyMask;

	Blocking(int indexedSize) {
		indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, indexedSize)));
		keyMask = (1L << (63 - indexBits)) - 1;
	}

	/** keys[rule][record], 0 = no key (a component is missing). */
	long[][] keys(PreparedRecords records) {
		long[][] keys = new long[RULES][records.size];
		for (int i = 0; i < records.size; i++) {
			int date = records.dateOfBirth[i];
			int year = date / 10000;
			keys[Rule.VALID_BSN.ordinal()][i] = records.bsnValid[i] ? key(1, records.bsn[i], 0) : 0;
			keys[Rule.IDENTIFIER.ordinal()][i] = key(2, records.identifier[i], 0);
			keys[Rule.SURNAME_PHONETIC_AND_BIRTH_YEAR.ordinal()][i] = year == 0 || records.surnamePhonetic[i].isEmpty()
					? 0 : key(3, records.surnamePhonetic[i], year);
			keys[Rule.DATE_OF_BIRTH.ordinal()][i] = date == 0 ? 0 : key(4, "", date);
			keys[Rule.POSTAL_CODE.ordinal()][i] = key(5, records.postalCode[i], 0);
			keys[Rule.GIVEN_AND_SURNAME_PHONETIC.ordinal()][i] = records.givenPhonetic[i].isEmpty() ? 0
					: key(6, records.givenPhonetic[i] + "|" + records.surnamePhonetic[i], 0);
			keys[Rule.GIVEN_PHONETIC_AND_BIRTH_MONTH.ordinal()][i] = date == 0 || records.givenPhonetic[i].isEmpty()
					? 0 : key(7, records.givenPhonetic[i], date / 100);
		}
		return keys;
	}

	/** One rule's index: the packed (key, record) longs in order. */
	long[] index(long[] keys) {
		long[] packed = new long[keys.length];
		int n = 0;
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] != 0) {
				packed[n++] = (keys[i] << indexBits) | i;
			}
		}
		packed = Arrays.copyOf(packed, n);
		Arrays.sort(packed);
		return packed;
	}

	/** The first position in {@code index} holding {@code key}, or -1. */
	int first(long[] index, long key) {
		long target = key << indexBits;
		int position = Arrays.binarySearch(index, target);
		if (position < 0) {
			position = -position - 1;
		}
		return position < index.length && (index[position] >>> indexBits) == key ? position : -1;
	}

	int end(long[] index, int first, long key) {
		int position = first;
		while (position < index.length && (index[position] >>> indexBits) == key) {
			position++;
		}
		return position;
	}

	int record(long packed) {
		return (int) (packed & ((1L << indexBits) - 1));
	}

	private long key(int rule, String text, int number) {
		if (text.isEmpty() && number == 0) {
			return 0;
		}
		long hash = 0xcbf29ce484222325L ^ rule;
		for (int i = 0; i < text.length(); i++) {
			hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
		}
		hash = (hash ^ number) * 0x100000001b3L;
		hash ^= hash >>> 29;
		long key = hash & keyMask;
		return key == 0 ? 1 : key;
	}
}
