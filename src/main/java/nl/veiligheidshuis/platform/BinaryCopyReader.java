package nl.veiligheidshuis.platform;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads PostgreSQL's binary COPY format from a stream (the output of {@code COPY … TO STDOUT (FORMAT binary)}):
 * the header, then per row the number of fields and per field its length (-1 for NULL) and its bytes. Reads
 * through a buffer of its own, so a row costs no objects. For modules that stream a whole table (a selection
 * run reads ten million antecedents).
 */
public final class BinaryCopyReader {

	private static final int SIGNATURE_LENGTH = 11;
	/** PostgreSQL's dates count days from 2000-01-01; Java's from 1970-01-01. */
	public static final int POSTGRES_EPOCH_DAY = 10_957;

	private final InputStream in;
	private final byte[] buffer = new byte[256 * 1024];
	private int position;
	private int limit;

	public BinaryCopyReader(InputStream in) throws IOException {
		this.in = in;
		ensure(SIGNATURE_LENGTH + 8);
		if (buffer[0] != 'P' || buffer[1] != 'G' || buffer[2] != 'C' || buffer[5] != 'Y') {
			throw new IOException("not PostgreSQL's binary COPY format");
		}
		position = SIGNATURE_LENGTH + 4;
		int extension = readInt();
		skip(extension);
	}

	/** The number of fields of the next row, or -1 at the end. */
	public int startRow() throws IOException {
		return readShort();
	}

	/** The length of the next field, -1 for NULL. */
	public int fieldLength() throws IOException {
		return readInt();
	}

	public short readShort() throws IOException {
		ensure(2);
		short value = (short) ((buffer[position] & 0xff) << 8 | buffer[position + 1] & 0xff);
		position += 2;
		return value;
	}

	public int readInt() throws IOException {
		ensure(4);
		int value = intAt(buffer, position);
		position += 4;
		return value;
	}

	public long readLong() throws IOException {
		ensure(8);
		long value = longAt(buffer, position);
		position += 8;
		return value;
	}

	/** The big-endian int at {@code at} (PostgreSQL's binary formats: int4send, a bytea of packed ints). */
	public static int intAt(byte[] bytes, int at) {
		return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
	}

	/** The big-endian long at {@code at} (a uuid's halves, int8send). */
	public static long longAt(byte[] bytes, int at) {
		return (long) intAt(bytes, at) << 32 | intAt(bytes, at + 4) & 0xffffffffL;
	}

	/** Makes the next {@code count} bytes readable at {@link #buffer()} from {@link #position()}. */
	public void require(int count) throws IOException {
		ensure(count);
	}

	public byte[] buffer() {
		return buffer;
	}

	public int position() {
		return position;
	}

	/** The next field as UTF-8 text (after its length), or null for NULL. */
	public @Nullable String readText() throws IOException {
		int length = readInt();
		if (length < 0) {
			return null;
		}
		ensure(length);
		String text = new String(buffer, position, length, StandardCharsets.UTF_8);
		position += length;
		return text;
	}

	public void skip(int count) throws IOException {
		ensure(count);
		position += count;
	}

	private void ensure(int count) throws IOException {
		if (limit - position >= count) {
			return;
		}
		if (count > buffer.length) {
			throw new IOException("field of " + count + " bytes is longer than the read buffer");
		}
		System.arraycopy(buffer, position, buffer, 0, limit - position);
		limit -= position;
		position = 0;
		while (limit < count) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				throw new EOFException("binary COPY ended in the middle of a row");
			}
			limit += read;
		}
	}
}
