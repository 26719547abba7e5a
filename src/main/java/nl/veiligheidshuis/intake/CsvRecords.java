package nl.veiligheidshuis.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads CSV records from UTF-8 bytes, one at a time, without a String per value: the import's hot loop
 * (ten million rows must parse faster than PostgreSQL can COPY them). RFC 4180 as Commons CSV reads it:
 * values separated by the delimiter, optionally quoted with {@code "} (a doubled {@code ""} inside a quoted
 * value is one quote; a quoted value may span lines), records ending in LF, CRLF or CR, empty lines
 * skipped, every value trimmed of leading and trailing spaces and control characters. A byte order mark
 * before the header is skipped. Memory stays bounded: one read buffer and one record.
 *
 * <p>The values of the current record are byte ranges of {@link #bytes()}; they are valid until the
 * next call of {@link #next()}.
 */
final class CsvRecords {

	/** A record longer than this (bytes) refuses the file: most likely a quote that is never closed. */
	static final int MAX_RECORD = 1 << 20;

	/** Thrown when a record exceeds {@link #MAX_RECORD}; {@link #line} is where it started. */
	static final class RecordTooLong extends RuntimeException {

		final long line;

		RecordTooLong(long line) {
			super("CSV record starting on line " + line + " is longer than " + MAX_RECORD + " bytes");
			this.line = line;
		}
	}

	private static final int FIELD_START = 0;
	private static final int UNQUOTED = 1;
	private static final int QUOTED = 2;
	private static final int QUOTE_IN_QUOTED = 3;

	private final InputStream in;
	private byte delimiter = ',';
	private boolean started;
	private final byte[] buffer = new byte[256 * 1024];
	private int position;
	private int limit;
	private boolean endOfInput;
	private boolean afterCarriageReturn;

	private byte[] values = new byte[4096];
	private int length;
	private int[] starts = new int[32];
	private int[] ends = new int[32];
	private int count;
	private boolean malformed;

	/** The bytes of the record as sent (for rejects): the part carried over from earlier buffers, then buffer[rawStart..rawEnd). */
	private byte[] carried = new byte[4096];
	private int carriedLength;
	private int rawStart;
	private int rawEnd;

	private long physicalLine = 1;
	private long line;

	/** The delimiter is {@code ;} when the first line (the header) has one, else {@code ,}. */
	CsvRecords(InputStream in) {
		this.in = in;
	}

	private void start() {
		started = true;
		fill();
		if (limit >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
			position = 3;
		}
		for (int i = position; i < limit && buffer[i] != '\n'; i++) {
			if (buffer[i] == ';') {
				delimiter = ';';
				break;
			}
		}
	}

	char delimiter() {
		return (char) delimiter;
	}

	/** Moves to the next record; false at the end of the input. */
	boolean next() {
		if (!started) {
			start();
		}
		length = 0;
		count = 0;
		malformed = false;
		carriedLength = 0;
		int state = FIELD_START;
		int fieldStart = 0;
		boolean any = false;
		line = physicalLine;
		rawStart = position;
		while (true) {
			if (position == limit) {
				if (any) {
					carry(rawStart, limit);
				}
				if (!fill()) {
					rawEnd = position;
					rawStart = position;
					if (!any) {
						return false;
					}
					endField(fieldStart);
					if (state == QUOTED) {
						malformed = true;
					}
					trimAll();
					return true;
				}
				rawStart = 0;
			}
			byte b = buffer[position];
			if (afterCarriageReturn) {
				afterCarriageReturn = false;
				if (b == '\n') { // the LF of a CRLF whose CR ended the previous record
					position++;
					rawStart = position;
					continue;
				}
			}
			if (state == UNQUOTED || state == FIELD_START) {
				// The common case: plain bytes of an unquoted value, copied in a tight loop.
				int scan = position;
				while (scan < limit) {
					byte c = buffer[scan];
					if (c == delimiter || c == '\n' || c == '\r' || (c == '"' && state == FIELD_START && scan == position)) {
						break;
					}
					scan++;
				}
				if (scan > position) {
					append(position, scan);
					state = UNQUOTED;
					any = true;
					position = scan;
					continue;
				}
			}
			position++;
			switch (state) {
				case FIELD_START, UNQUOTED -> {
					if (b == '"' && state == FIELD_START) {
						state = QUOTED;
						any = true;
					}
					else if (b == delimiter) {
						endField(fieldStart);
						fieldStart = length;
						state = FIELD_START;
						any = true;
					}
					else { // end of line
						if (!any) { // an empty line: skipped
							endOfLine(b);
							line = physicalLine;
							rawStart = position;
							continue;
						}
						return endRecord(b, fieldStart);
					}
				}
				case QUOTED -> {
					if (b == '"') {
						state = QUOTE_IN_QUOTED;
					}
					else {
						if (b == '\n' || (b == '\r' && peek() != '\n')) {
							physicalLine++;
						}
						appendByte(b);
					}
				}
				default -> { // QUOTE_IN_QUOTED
					if (b == '"') {
						appendByte(b);
						state = QUOTED;
					}
					else if (b == delimiter) {
						endField(fieldStart);
						fieldStart = length;
						state = FIELD_START;
					}
					else if (b == '\n' || b == '\r') {
						return endRecord(b, fieldStart);
					}
					else { // text after the closing quote
						malformed = true;
						appendByte(b);
						state = UNQUOTED;
					}
				}
			}
		}
	}

	private boolean endRecord(byte terminator, int fieldStart) {
		rawEnd = position - 1;
		endField(fieldStart);
		endOfLine(terminator);
		trimAll();
		return true;
	}

	private void endOfLine(byte terminator) {
		physicalLine++;
		if (terminator == '\r') {
			afterCarriageReturn = true;
		}
	}

	private int peek() {
		return position < limit ? buffer[position] : -1;
	}

	/** The line (1 = the header) on which the current record starts. */
	long line() {
		return line;
	}

	int size() {
		return count;
	}

	/** True when a quote was not closed or text followed a closing quote. */
	boolean malformed() {
		return malformed;
	}

	byte[] bytes() {
		return values;
	}

	int start(int field) {
		return starts[field];
	}

	int end(int field) {
		return ends[field];
	}

	int length(int field) {
		return ends[field] - starts[field];
	}

	String string(int field) {
		return new String(values, starts[field], length(field), StandardCharsets.UTF_8);
	}

	/** The current record as it was in the file, without its line end. */
	byte[] original() {
		byte[] raw = Arrays.copyOf(carried, carriedLength + Math.max(0, rawEnd - rawStart));
		System.arraycopy(buffer, rawStart, raw, carriedLength, Math.max(0, rawEnd - rawStart));
		return raw;
	}

	private void endField(int fieldStart) {
		if (count == starts.length) {
			starts = Arrays.copyOf(starts, count * 2);
			ends = Arrays.copyOf(ends, count * 2);
		}
		starts[count] = fieldStart;
		ends[count] = length;
		count++;
	}

	private void trimAll() {
		for (int i = 0; i < count; i++) {
			int from = starts[i];
			int to = ends[i];
			while (from < to && (values[from] & 0xff) <= ' ') {
				from++;
			}
			while (to > from && (values[to - 1] & 0xff) <= ' ') {
				to--;
			}
			starts[i] = from;
			ends[i] = to;
		}
	}

	private void append(int from, int to) {
		int n = to - from;
		ensure(n);
		System.arraycopy(buffer, from, values, length, n);
		length += n;
	}

	private void appendByte(byte b) {
		ensure(1);
		values[length++] = b;
	}

	private void ensure(int more) {
		if (length + more > values.length) {
			if (length + more > MAX_RECORD) {
				throw new RecordTooLong(line);
			}
			values = Arrays.copyOf(values, Math.min(MAX_RECORD, Math.max(values.length * 2, length + more)));
		}
	}

	private void carry(int from, int to) {
		int n = to - from;
		if (carriedLength + n > carried.length) {
			if (carriedLength + n > MAX_RECORD + 2) {
				throw new RecordTooLong(line);
			}
			carried = Arrays.copyOf(carried, Math.max(carried.length * 2, carriedLength + n));
		}
		System.arraycopy(buffer, from, carried, carriedLength, n);
		carriedLength += n;
	}

	private boolean fill() {
		if (endOfInput) {
			return false;
		}
		try {
			int read = in.readNBytes(buffer, 0, buffer.length);
			position = 0;
			limit = read;
			if (read < buffer.length) {
				endOfInput = true;
			}
			return read > 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
