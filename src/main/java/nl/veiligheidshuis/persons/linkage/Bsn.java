package nl.veiligheidshuis.persons.linkage;

import org.jspecify.annotations.Nullable;

/**
 * The Dutch citizen service number. Valid means nine digits that pass the 11-test
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros). An eight-digit number is read
 * with a leading zero, as the BSN is often stored as an integer. An invalid BSN is kept as unverified
 * and never used as a key.
 */
public final class Bsn {

	private Bsn() {
	}

	/** The digits of {@code value} (spaces, dots and dashes removed), or null when nothing is left. */
	public static @Nullable String normalise(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder digits = new StringBuilder(9);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c != ' ' && c != '.' && c != '-') {
				digits.append(c);
			}
		}
		if (digits.length() == 8) {
			digits.insert(0, '0');
		}
		return digits.isEmpty() ? null : digits.toString();
	}

	/** Whether {@code value} is a BSN that passes the 11-test. */
	public static boolean isValid(@Nullable String value) {
		String bsn = normalise(value);
		if (bsn == null || bsn.length() != 9) {
			return false;
		}
		int sum = 0;
		boolean allZero = true;
		for (int i = 0; i < 9; i++) {
			char c = bsn.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			int digit = c - '0';
			allZero &= digit == 0;
			sum += (i < 8 ? 9 - i : -1) * digit;
		}
		return !allZero && sum % 11 == 0;
	}
}
