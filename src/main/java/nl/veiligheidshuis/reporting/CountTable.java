package nl.veiligheidshuis.reporting;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of counts as it is published: labels, cells and totals after small-cell suppression. The same
 * object feeds the page, the charts, the PDF, the CSV and the JSON, so none of them shows what another hides.
 */
public record CountTable(String code, String title, String rowHeading, List<String> columns, List<String> columnCodes,
		List<Row> rows, Row totals, boolean rowTotals, int k) {

	/** How a cell is shown. */
	public enum Shown {
		/** The count itself. */
		VALUE,
		/** Below k: shown as "<k". */
		PRIMARY,
		/** Hidden so that no small cell can be derived from the totals: shown as "×". */
		SECONDARY
	}

	public record Cell(long value, Shown shown) {

		/** The count when published, otherwise null: what the JSON, the CSV and the charts may use. */
		public @Nullable Long published() {
			return shown == Shown.VALUE ? value : null;
		}

		public String text(int k) {
			return switch (shown) {
				case VALUE -> Long.toString(value);
				case PRIMARY -> "<" + k;
				case SECONDARY -> "×";
			};
		}
	}

	/** A row: its label, its cells and (with row totals) its total. */
	public record Row(String code, String label, List<Cell> cells, @Nullable Cell total) {
	}

	/** Builds the published table of {@code counts[row][column]} with suppression at {@code k}. */
	static CountTable of(String code, String title, String rowHeading, List<String> rowCodes, List<String> rowLabels,
			List<String> columnCodes, List<String> columns, long[][] counts, boolean rowTotals, int k, String totalLabel) {
		long[][] table = SmallCellSuppression.augmented(counts, columns.size(), rowTotals);
		boolean[][] hidden = SmallCellSuppression.suppress(counts, columns.size(), k, rowTotals);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < table.length; i++) {
			List<Cell> cells = new ArrayList<>();
			for (int j = 0; j < columns.size(); j++) {
				cells.add(cell(table[i][j], hidden[i][j], k));
			}
			Cell total = rowTotals ? cell(table[i][columns.size()], hidden[i][columns.size()], k) : null;
			rows.add(i < rowLabels.size() ? new Row(rowCodes.get(i), rowLabels.get(i), cells, total)
					: new Row("TOTAAL", totalLabel, cells, total));
		}
		Row totals = rows.removeLast();
		return new CountTable(code, title, rowHeading, columns, columnCodes, rows, totals, rowTotals, k);
	}

	private static Cell cell(long value, boolean hidden, int k) {
		return new Cell(value, !hidden ? Shown.VALUE : value > 0 && value < k ? Shown.PRIMARY : Shown.SECONDARY);
	}
}
