package nl.veiligheidshuis.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Small-cell suppression of a table of counts (DESIGN.md §4 rule 13). Primary: a count from 1 to k-1 is
 * suppressed (zero is shown: it discloses no one). Secondary: further cells are suppressed until no suppressed
 * cell can be derived from the published totals.
 * <p>
 * With row and column totals, the table with its margins is a bipartite graph (a node per row and per column,
 * the total row and total column included; a cell is an edge). The published cells fix the unknown ones only
 * through the row and column equations, whose solutions differ by cycles of suppressed cells: a suppressed cell
 * is derivable exactly when it lies on no cycle of suppressed cells, i.e. is a bridge of that graph. So cells are
 * added, the smallest non-zero first, until no suppressed cell is a bridge. With column totals only, each
 * column is its own equation: a column holds no suppressed cell or at least two.
 */
final class SmallCellSuppression {

	private SmallCellSuppression() {
	}

	/**
	 * The suppression pattern of a table {@code counts[r][c]}; with {@code rowTotals} the table also publishes
	 * row totals (and the grand total). Column totals are always published. The result has one more row (the
	 * column totals) and, with row totals, one more column; {@code true} is a suppressed cell.
	 */
	static boolean[][] suppress(long[][] counts, int k, boolean rowTotals) {
		return suppress(counts, counts.length == 0 ? 0 : counts[0].length, k, rowTotals);
	}

	/** As {@link #suppress(long[][], int, boolean)}, for a table that may have no rows but has its columns. */
	static boolean[][] suppress(long[][] counts, int columns, int k, boolean rowTotals) {
		long[][] table = augmented(counts, columns, rowTotals);
		int r = table.length;
		int c = table[0].length;
		boolean[][] hidden = new boolean[r][c];
		for (int i = 0; i < r; i++) {
			for (int j = 0; j < c; j++) {
				hidden[i][j] = table[i][j] > 0 && table[i][j] < k;
			}
		}
		if (!rowTotals) {
			for (int j = 0; j < columns; j++) {
				while (count(hidden, j) == 1) {
					int best = -1;
					for (int i = 0; i < r; i++) {
						if (!hidden[i][j] && (best < 0 || cost(table[i][j]) < cost(table[best][j]))) {
							best = i;
						}
					}
					hidden[best][j] = true;
				}
			}
			return hidden;
		}
		while (true) {
			int[] bridge = firstBridge(hidden);
			if (bridge == null) {
				return hidden;
			}
			closeCycle(table, hidden, bridge[0], bridge[1]);
		}
	}

	/**
	 * Hides the cheapest path of cells from row node i to column node j that avoids the cell (i, j) itself, so that
	 * (i, j) lies on a cycle. Hidden cells cost nothing, published ones their count (zero cells the most).
	 */
	private static void closeCycle(long[][] table, boolean[][] hidden, int i, int j) {
		int r = table.length;
		int c = table[0].length;
		long[] distance = new long[r + c];
		int[] previous = new int[r + c];
		boolean[] done = new boolean[r + c];
		java.util.Arrays.fill(distance, Long.MAX_VALUE);
		java.util.Arrays.fill(previous, -1);
		distance[i] = 0;
		while (true) {
			int node = -1;
			for (int n = 0; n < r + c; n++) {
				if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
					node = n;
				}
			}
			if (node < 0 || node == r + j) {
				break;
			}
			done[node] = true;
			for (int other = node < r ? r : 0; other < (node < r ? r + c : r); other++) {
				int row = node < r ? node : other;
				int column = node < r ? other - r : node - r;
				if (row == i && column == j) {
					continue;
				}
				long step = hidden[row][column] ? 0 : table[row][column] == 0 ? ZERO_COST : table[row][column];
				if (distance[node] + step < distance[other]) {
					distance[other] = distance[node] + step;
					previous[other] = node;
				}
			}
		}
		for (int node = r + j; previous[node] >= 0; node = previous[node]) {
			int from = previous[node];
			int row = from < r ? from : node;
			int column = from < r ? node - r : from - r;
			hidden[row][column] = true;
		}
	}

	/** The table with its margins: a row of column totals and, with row totals, a column of row totals. */
	static long[][] augmented(long[][] counts, boolean rowTotals) {
		return augmented(counts, counts.length == 0 ? 0 : counts[0].length, rowTotals);
	}

	static long[][] augmented(long[][] counts, int columns, boolean rowTotals) {
		int rows = counts.length;
		long[][] table = new long[rows + 1][columns + (rowTotals ? 1 : 0)];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				table[i][j] = counts[i][j];
				table[rows][j] += counts[i][j];
				if (rowTotals) {
					table[i][columns] += counts[i][j];
					table[rows][columns] += counts[i][j];
				}
			}
		}
		return table;
	}

	/** What hiding a zero cell costs: zero cells make poor complements (an empty cell is often known to be empty). */
	private static final long ZERO_COST = 1_000_000_000L;

	/** Zero cells make poor complements (an empty cell is often known to be empty): take them last. */
	private static long cost(long value) {
		return value == 0 ? Long.MAX_VALUE : value;
	}

	private static int count(boolean[][] hidden, int column) {
		int n = 0;
		for (boolean[] row : hidden) {
			n += row[column] ? 1 : 0;
		}
		return n;
	}

	private static int @org.jspecify.annotations.Nullable [] firstBridge(boolean[][] hidden) {
		for (int i = 0; i < hidden.length; i++) {
			for (int j = 0; j < hidden[i].length; j++) {
				if (hidden[i][j] && isBridge(hidden, i, j)) {
					return new int[] { i, j };
				}
			}
		}
		return null;
	}

	/** Whether row node i and column node j are disconnected once the edge (i, j) is taken away. */
	static boolean isBridge(boolean[][] hidden, int i, int j) {
		int r = hidden.length;
		int c = hidden[0].length;
		boolean[] seen = new boolean[r + c];
		Deque<Integer> todo = new ArrayDeque<>(List.of(i));
		seen[i] = true;
		while (!todo.isEmpty()) {
			int node = todo.pop();
			List<Integer> next = new ArrayList<>();
			if (node < r) {
				for (int col = 0; col < c; col++) {
					if (hidden[node][col] && !(node == i && col == j)) {
						next.add(r + col);
					}
				}
			}
			else {
				int col = node - r;
				for (int row = 0; row < r; row++) {
					if (hidden[row][col] && !(row == i && col == j)) {
						next.add(row);
					}
				}
			}
			for (int n : next) {
				if (!seen[n]) {
					seen[n] = true;
					todo.push(n);
				}
			}
		}
		return !seen[r + j];
	}
}
