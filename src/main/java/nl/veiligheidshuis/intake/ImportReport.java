package nl.veiligheidshuis.intake;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an import: its record (null when nothing was written), the number of rejected rows and
 * the rejected rows with their line number (1 = the header) and Dutch reason (the first 10,000 of them).
 */
public record ImportReport(@Nullable UUID importId, int rowsRead, int rowsInserted, int rowsDuplicate,
		int rowsRejected, List<RejectedRow> rejected) implements java.io.Serializable {

	public record RejectedRow(long line, String reason) implements java.io.Serializable {
	}

	/** The same report with at most {@code rows} rejected rows listed (for a page; the counts stay). */
	public ImportReport firstRejected(int rows) {
		return new ImportReport(importId, rowsRead, rowsInserted, rowsDuplicate, rowsRejected,
				List.copyOf(rejected.subList(0, Math.min(rows, rejected.size()))));
	}
}
