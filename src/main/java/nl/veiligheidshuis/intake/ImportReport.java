package nl.veiligheidshuis.intake;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import: its record (null when nothing was written) and every rejected row with its
 * line number (1 = the header) and Dutch reason.
 */
public record ImportReport(@Nullable UUID importId, int rowsRead, int rowsInserted, int rowsDuplicate,
		List<RejectedRow> rejected) {

	public record RejectedRow(long line, String reason) {
	}

	public boolean written() {
		return importId != null;
	}
}
