package nl.veiligheidshuis.intake;

import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, buffered and sent in large blocks: the server then only copies
 * bytes (text) and integers (dates) instead of parsing CSV. An empty value is sent as NULL.
 */
final class BinaryCopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0 };
	private static final int SEND_AT = 512 * 1024;
	/** PostgreSQL's dates count days from 2000-01-01; Java's from 1970-01-01. */
	private static final long POSTGRES_EPOCH_DAY = 10_957;

	private final CopyIn copy;
	private byte[] buffer = new byte[SEND_AT + 64 * 1024];
	private int length;

	BinaryCopyRows(CopyIn copy) {
		this.copy = copy;
		System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
		length = SIGNATURE.length;
		putInt(0); // flags
		putInt(0); // header extension length
	}

	void startRow(int columns) throws SQLException {
		if (length >= SEND_AT) {
			send();
		}
		putShort(columns);
	}

	void value(byte[] bytes, int from, int count) {
		if (count == 0) {
			putInt(-1);
			return;
		}
		ensure(4 + count);
		putInt(count);
		System.arraycopy(bytes, from, buffer, length, count);
		length += count;
	}

	void date(long epochDay) {
		putInt(4);
		putInt((int) (epochDay - POSTGRES_EPOCH_DAY));
	}

	/** Sends the rest and the trailer; the caller then ends the COPY. */
	void end() throws SQLException {
		putShort(-1);
		send();
	}

	private void send() throws SQLException {
		copy.writeToCopy(buffer, 0, length);
		length = 0;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
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
}
