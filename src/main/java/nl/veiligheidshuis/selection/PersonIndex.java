package nl.veiligheidshuis.selection;

import java.util.Arrays;
import java.util.UUID;

/**
 * Numbers the persons of a run 0, 1, 2, … by their id, so that a run keeps what it knows of each person in
 * arrays: an open-addressing hash table over the two halves of the id, with no object per person or per
 * lookup (a national run looks up ten million antecedents). A slot holds the id's two halves and the
 * number side by side, so a lookup usually reads one cache line.
 */
final class PersonIndex {

	/** Longs per slot: most, least, number + 1 (0 = free), unused. */
	private static final int SLOT = 4;
	private long[] slots;
	/** The ids by number. */
	private long[] most;
	private long[] least;
	private int size;

	PersonIndex(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
		slots = new long[capacity * SLOT];
		most = new long[Math.max(16, expected)];
		least = new long[most.length];
	}

	int size() {
		return size;
	}

	/** The person's number, a new one (the next) when the id is not known yet. */
	int indexOf(long idMost, long idLeast) {
		int mask = slots.length / SLOT - 1;
		int slot = hash(idMost, idLeast) & mask;
		while (true) {
			int at = slot * SLOT;
			long entry = slots[at + 2];
			if (entry == 0) {
				return add(at, idMost, idLeast);
			}
			if (slots[at] == idMost && slots[at + 1] == idLeast) {
				return (int) entry - 1;
			}
			slot = slot + 1 & mask;
		}
	}

	/** The person's number, or -1 when the id is not known; changes nothing, so threads may look up at once. */
	int find(long idMost, long idLeast) {
		int mask = slots.length / SLOT - 1;
		int slot = hash(idMost, idLeast) & mask;
		while (true) {
			int at = slot * SLOT;
			long entry = slots[at + 2];
			if (entry == 0) {
				return -1;
			}
			if (slots[at] == idMost && slots[at + 1] == idLeast) {
				return (int) entry - 1;
			}
			slot = slot + 1 & mask;
		}
	}

	int indexOf(UUID id) {
		return indexOf(id.getMostSignificantBits(), id.getLeastSignificantBits());
	}

	UUID id(int index) {
		return new UUID(most[index], least[index]);
	}

	private int add(int at, long idMost, long idLeast) {
		if (size == most.length) {
			most = Arrays.copyOf(most, size * 2);
			least = Arrays.copyOf(least, size * 2);
		}
		most[size] = idMost;
		least[size] = idLeast;
		put(slots, at, idMost, idLeast, ++size);
		if (size * 2 > slots.length / SLOT) {
			rehash();
		}
		return size - 1;
	}

	private static void put(long[] table, int at, long idMost, long idLeast, int numberPlusOne) {
		table[at] = idMost;
		table[at + 1] = idLeast;
		table[at + 2] = numberPlusOne;
	}

	private void rehash() {
		long[] larger = new long[slots.length * 2];
		int mask = larger.length / SLOT - 1;
		for (int k = 0; k < size; k++) {
			int slot = hash(most[k], least[k]) & mask;
			while (larger[slot * SLOT + 2] != 0) {
				slot = slot + 1 & mask;
			}
			put(larger, slot * SLOT, most[k], least[k], k + 1);
		}
		slots = larger;
	}

	private static int hash(long idMost, long idLeast) {
		long h = (idMost ^ idLeast * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
		return (int) (h ^ h >>> 31);
	}
}
