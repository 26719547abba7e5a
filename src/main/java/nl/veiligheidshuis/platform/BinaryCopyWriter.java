package nl.veiligheidshuis.platform;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, buffered and sent in large blocks: the server then only copies
 * bytes and integers instead of parsing text. The counterpart of {@link BinaryCopyReader}. An {@link #inMemory}
 * writer sends nothing: it holds fields encoded ahead, which a sending writer later puts into rows
 * ({@link #encoded}).
 */
public final class BinaryCopyWriter {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
	private static final int SEND_AT = 512 * 1024;
	/** The largest array the JVM reliably allocates. */
	private static final int MAX_BUFFER = Integer.MAX_VALUE - 8;

	private final @Nullable CopyIn copy;
	private byte[] buffer;
	private int length;

	public BinaryCopyWriter(CopyIn copy) {
		this.copy = copy;
		buffer = new byte[SEND_AT + 64 * 1024];
		System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
		length = SIGNATURE.length;
		putInt(0); // flags
		putInt(0); // header extension length
	}

	private BinaryCopyWriter(int capacity) {
		this.copy = null;
		buffer = new byte[capacity];
	}

	/**
	 * Fields encoded ahead, kept in memory (growing as needed) until they are sent as part of rows with
	 * {@link #encoded}: where the data to encode is at hand in one thread and the rows go out later, in another order.
	 */
	public static BinaryCopyWriter inMemory(int capacity) {
		return new BinaryCopyWriter(capacity);
	}

	/** The bytes written so far (of an {@link #inMemory} writer: all of them). */
	public int length() {
		return length;
	}

	public void startRow(int columns) throws SQLException {
		if (copy != null && length >= SEND_AT) {
			send();
		}
		putShort(columns);
	}

	/** Fields encoded ahead by an {@link #inMemory} writer: {@code count} of its bytes from {@code from}. */
	public void encoded(BinaryCopyWriter fields, int from, int count) {
		if (fields.copy != null) {
			throw new IllegalArgumentException("encoded fields come from an in-memory writer");
		}
		ensure(count);
		System.arraycopy(fields.buffer, from, buffer, length, count);
		length += count;
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
		utf8(value.getBytes(StandardCharsets.UTF_8));
	}

	/** Text already in UTF-8 (an empty one stays empty, unlike {@link #value}'s none). */
	public void utf8(byte[] bytes) {
		ensure(4 + bytes.length);
		putInt(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
	}

	public void uuid(UUID value) {
		uuid(value.getMostSignificantBits(), value.getLeastSignificantBits());
	}

	/** A uuid from its halves (as {@link UUID#getMostSignificantBits()} and {@link UUID#getLeastSignificantBits()}). */
	public void uuid(long most, long least) {
		putInt(16);
		putLong(most);
		putLong(least);
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

	public void float8(double value) {
		putInt(8);
		putLong(Double.doubleToLongBits(value));
	}

	/**
	 * Doubles as a bytea, eight big-endian bytes each ({@code float8send}'s format): PostgreSQL takes a bytea as it
	 * comes, where a {@code double precision[]} costs it a conversion per element.
	 */
	public void float8Bytes(double[] values) {
		float8Bytes(values, 0, values.length);
	}

	/** {@link #float8Bytes(double[])} of {@code count} values from {@code from}. */
	public void float8Bytes(double[] values, int from, int count) {
		putInt(8 * count);
		for (int k = from; k < from + count; k++) {
			putLong(Double.doubleToLongBits(values[k]));
		}
	}

	/** Sends the rest and the trailer; the caller then ends the COPY. */
	public void end() throws SQLException {
		putShort(-1);
		send();
	}

	private void send() throws SQLException {
		if (copy == null) {
			throw new IllegalStateException("an in-memory writer keeps its fields until they are sent as rows");
		}
		copy.writeToCopy(buffer, 0, length);
		length = 0;
	}

	private void ensure(int more) {
		long needed = (long) length + more;
		if (needed > buffer.length) {
			if (needed > MAX_BUFFER) {
				throw new IllegalStateException("a binary COPY buffer holds at most " + MAX_BUFFER + " bytes");
			}
			buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_BUFFER, Math.max(2L * buffer.length, needed)));
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
