package nl.veiligheidshuis.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, buffered and sent in large blocks: the server then only copies
 * bytes and integers instead of parsing text. The counterpart of {@link BinaryCopyReader}.
 */
public final class BinaryCopyWriter {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
	private static final int SEND_AT = 512 * 1024;
	private static final int FLOAT8_OID = 701;
	private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

	private final CopyIn copy;
	private byte[] buffer = new byte[SEND_AT + 64 * 1024];
	private int length;

	public BinaryCopyWriter(CopyIn copy) {
		this.copy = copy;
		System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
		length = SIGNATURE.length;
		putInt(0); // flags
		putInt(0); // header extension length
	}

	public void startRow(int columns) throws SQLException {
		if (length >= SEND_AT) {
			send();
		}
		putShort(columns);
	}

	/** Bytes as they are (text in UTF-8, say); none (an empty value) is sent as NULL. */
	public void value(byte[] bytes, int from, int count) {
		if (count == 0) {
			putInt(-1);
			return;
		}
		ensure(4 + count);
		putInt(count);
		System.arraycopy(bytes, from, buffer, length, count);
		length += count;
	}

	public void nullValue() {
		putInt(-1);
	}

	/** Text in UTF-8; null is NULL (an empty string stays empty). */
	public void text(@Nullable String value) {
		if (value == null) {
			putInt(-1);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		ensure(4 + bytes.length);
		putInt(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
	}

	public void uuid(UUID value) {
		putInt(16);
		putLong(value.getMostSignificantBits());
		putLong(value.getLeastSignificantBits());
	}

	public void int4(int value) {
		putInt(4);
		putInt(value);
	}

	/** A date as days since 1970-01-01 ({@code LocalDate.toEpochDay()}). */
	public void date(long epochDay) {
		putInt(4);
		putInt((int) (epochDay - BinaryCopyReader.POSTGRES_EPOCH_DAY));
	}

	/** A numeric: sign, scale and base-10000 digits, the first of them weighted 10000^weight. */
	public void numeric(BigDecimal value) {
		int scale = Math.max(0, value.scale());
		// Digits in groups of four, aligned on the decimal point: pad the fraction to a multiple of four digits.
		int fractionGroups = (scale + 3) / 4;
		BigInteger digits = value.abs().setScale(fractionGroups * 4).unscaledValue();
		short[] groups = new short[digits.bitLength() / 13 + 2];
		int count = 0;
		while (digits.signum() > 0) {
			BigInteger[] divided = digits.divideAndRemainder(TEN_THOUSAND);
			groups[count++] = divided[1].shortValue();
			digits = divided[0];
		}
		// groups holds the least significant group first; drop zero groups at the end of the fraction.
		int lowest = 0;
		while (lowest < count && groups[lowest] == 0) {
			lowest++;
		}
		int ndigits = count - lowest;
		int weight = ndigits == 0 ? 0 : count - 1 - fractionGroups;
		putInt(8 + 2 * ndigits);
		putShort(ndigits);
		putShort(weight);
		putShort(value.signum() < 0 ? 0x4000 : 0);
		putShort(scale);
		for (int g = count - 1; g >= lowest; g--) {
			putShort(groups[g]);
		}
	}

	/** A one-dimensional double precision[] without NULLs. */
	public void float8Array(double[] values) {
		putInt(20 + 12 * values.length);
		putInt(1); // dimensions
		putInt(0); // no NULLs
		putInt(FLOAT8_OID);
		putInt(values.length);
		putInt(1); // lower bound
		for (double value : values) {
			putInt(8);
			putLong(Double.doubleToLongBits(value));
		}
	}

	/** Sends the rest and the trailer; the caller then ends the COPY. */
	public void end() throws SQLException {
		putShort(-1);
		send();
	}

	private void send() throws SQLException {
		copy.writeToCopy(buffer, 0, length);
		length = 0;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}

	private void putShort(int value) {
		ensure(2);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		buffer[length++] = (byte) (value >>> 24);
		buffer[length++] = (byte) (value >>> 16);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void putLong(long value) {
		putInt((int) (value >>> 32));
		putInt((int) value);
	}
}
