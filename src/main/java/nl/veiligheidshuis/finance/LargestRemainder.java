package nl.veiligheidshuis.finance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a whole number of cents over weights (populations) so that the parts add up exactly: every part
 * gets the floor of its exact share, and the cents left over go one each to the largest remainders (ties:
 * the larger weight, then the earlier position). No part differs from its exact share by a cent or more.
 */
final class LargestRemainder {

	private LargestRemainder() {
	}

	static long[] split(long totalCents, List<Long> weights) {
		if (totalCents < 0) {
			throw new IllegalArgumentException("A negative amount cannot be split");
		}
		long weightSum = weights.stream().mapToLong(Long::longValue).sum();
		long[] parts = new long[weights.size()];
		if (weights.isEmpty() || weightSum <= 0) {
			throw new IllegalArgumentException("Splitting needs at least one positive weight");
		}
		long[] remainders = new long[weights.size()];
		long assigned = 0;
		for (int i = 0; i < parts.length; i++) {
			long weight = weights.get(i);
			if (weight < 0) {
				throw new IllegalArgumentException("A weight cannot be negative");
			}
			// Exact in long: cents up to ~10^11 times populations up to ~10^7 stays below 2^63.
			parts[i] = Math.multiplyExact(totalCents, weight) / weightSum;
			remainders[i] = Math.multiplyExact(totalCents, weight) % weightSum;
			assigned += parts[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
			.thenComparing(Comparator.<Integer>comparingLong(weights::get).reversed())
			.thenComparingInt(i -> i));
		for (int k = 0; k < totalCents - assigned; k++) {
			parts[order.get(k)]++;
		}
		return parts;
	}
}
