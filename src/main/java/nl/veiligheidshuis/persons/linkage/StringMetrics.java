package nl.veiligheidshuis.persons.linkage;

/**
 * Jaro-Winkler similarity and Damerau-Levenshtein distance, computed exactly as Apache Commons Text
 * computes them ({@code JaroWinklerSimilarity}, {@code DamerauLevenshteinDistance}; a test compares both
 * on many name pairs) but on plain strings without allocation: Commons Text 1.15 wraps every character
 * in an object, which made these comparisons three quarters of the scoring time.
 */
final class StringMetrics {

	private static final int MAX_LENGTH = 64;

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	private StringMetrics() {
	}

	private static final class Scratch {

		final int[] matchIndexes = new int[MAX_LENGTH];
		final boolean[] matchFlags = new boolean[MAX_LENGTH];
		final char[] first = new char[MAX_LENGTH];
		final char[] second = new char[MAX_LENGTH];
	}

	/** Jaro-Winkler similarity in [0, 1], with the Winkler prefix bonus (scaling 0.1) above a Jaro of 0.7. */
	static double jaroWinkler(String left, String right) {
		if (left.equals(right)) {
			return 1;
		}
		String max;
		String min;
		if (left.length() > right.length()) {
			max = left;
			min = right;
		}
		else {
			max = right;
			min = left;
		}
		if (max.length() > MAX_LENGTH) {
			return jaroWinkler(left.substring(0, Math.min(left.length(), MAX_LENGTH)),
					right.substring(0, Math.min(right.length(), MAX_LENGTH)));
		}
		Scratch scratch = SCRATCH.get();
		int[] matchIndexes = scratch.matchIndexes;
		boolean[] matchFlags = scratch.matchFlags;
		int minLength = min.length();
		int maxLength = max.length();
		for (int k = 0; k < maxLength; k++) {
			matchFlags[k] = false;
		}
		int range = Math.max(maxLength / 2 - 1, 0);
		int matches = 0;
		for (int mi = 0; mi < minLength; mi++) {
			matchIndexes[mi] = -1;
			char c = min.charAt(mi);
			for (int xi = Math.max(mi - range, 0), xn = Math.min(mi + range + 1, maxLength); xi < xn; xi++) {
				if (!matchFlags[xi] && c == max.charAt(xi)) {
					matchIndexes[mi] = xi;
					matchFlags[xi] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0;
		}
		char[] ms1 = scratch.first;
		char[] ms2 = scratch.second;
		for (int i = 0, si = 0; i < minLength; i++) {
			if (matchIndexes[i] != -1) {
				ms1[si++] = min.charAt(i);
			}
		}
		for (int i = 0, si = 0; i < maxLength; i++) {
			if (matchFlags[i]) {
				ms2[si++] = max.charAt(i);
			}
		}
		int halfTranspositions = 0;
		for (int i = 0; i < matches; i++) {
			if (ms1[i] != ms2[i]) {
				halfTranspositions++;
			}
		}
		int prefix = 0;
		for (int mi = 0; mi < Math.min(4, minLength); mi++) {
			if (left.charAt(mi) == right.charAt(mi)) {
				prefix++;
			}
			else {
				break;
			}
		}
		double m = matches;
		double jaro = (m / left.length() + m / right.length() + (m - (double) halfTranspositions / 2) / m) / 3;
		return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
	}

	/** Whether the strings differ by at most one insertion, deletion, substitution or adjacent transposition. */
	static boolean withinOneEdit(String x, String y) {
		int lx = x.length();
		int ly = y.length();
		if (lx == ly) {
			int i = 0;
			while (i < lx && x.charAt(i) == y.charAt(i)) {
				i++;
			}
			if (i >= lx - 1) {
				return true;
			}
			if (x.regionMatches(i + 1, y, i + 1, lx - i - 1)) {
				return true;
			}
			return x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
					&& x.regionMatches(i + 2, y, i + 2, lx - i - 2);
		}
		if (Math.abs(lx - ly) != 1) {
			return false;
		}
		String longer = lx > ly ? x : y;
		String shorter = lx > ly ? y : x;
		int i = 0;
		while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
			i++;
		}
		return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
	}

	/**
	 * Damerau-Levenshtein distance (adjacent transpositions, optimal string alignment) if it is at most
	 * {@code threshold}, otherwise -1.
	 */
	static int damerauLevenshtein(String x, String y, int threshold) {
		int n = x.length();
		int m = y.length();
		if (Math.abs(n - m) > threshold) {
			return -1;
		}
		if (n > MAX_LENGTH || m > MAX_LENGTH) {
			return -1;
		}
		int[] previous2 = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			int rowMin = current[0];
			char xi = x.charAt(i - 1);
			for (int j = 1; j <= m; j++) {
				char yj = y.charAt(j - 1);
				int cost = xi == yj ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && xi == y.charAt(j - 2) && x.charAt(i - 2) == yj) {
					value = Math.min(value, previous2[j - 2] + 1);
				}
				current[j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > threshold) {
				return -1;
			}
			int[] swap = previous2;
			previous2 = previous;
			previous = current;
			current = swap;
		}
		return previous[m] <= threshold ? previous[m] : -1;
	}
}
