package nl.veiligheidshuis.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression: the primary cells, the secondary cells, and — checked by an attacker who solves the
 * row and column equations exactly (Gaussian elimination over the rationals, independent of the bridge argument
 * of the implementation) — that no suppressed cell can be derived from what is published.
 */
class SmallCellSuppressionUnitTest {

	@Test
	void a_single_small_cell_gets_three_complements_so_its_row_and_column_cannot_give_it_away() {
		long[][] counts = { { 3, 12, 20 }, { 10, 15, 30 }, { 40, 8, 9 } };
		boolean[][] hidden = SmallCellSuppression.suppress(counts, 5, true);
		// Primary: the 3. Secondary: its row and its column each need a second hidden cell, and those two need a
		// fourth to close the rectangle: the cheapest are the 10 (its column), the 12 (its row) and the 15.
		assertThat(hidden[0][0]).isTrue();
		assertThat(hiddenCells(hidden)).containsExactlyInAnyOrder("0,0", "0,1", "1,0", "1,1");
		assertThat(derivable(counts, hidden, true)).isEmpty();
	}

	@Test
	void a_small_total_is_itself_suppressed_and_so_are_the_cells_that_would_give_it_away() {
		long[][] counts = { { 1, 2, 0 }, { 10, 20, 30 } };
		boolean[][] hidden = SmallCellSuppression.suppress(counts, 5, true);
		assertThat(hidden[0][0]).as("1").isTrue();
		assertThat(hidden[0][1]).as("2").isTrue();
		assertThat(hidden[0][3]).as("row total 3").isTrue();
		assertThat(derivable(counts, hidden, true)).isEmpty();
		CountTable table = CountTable.of("T", "t", "r", List.of("A", "B"), List.of("A", "B"), List.of("X", "Y", "Z"),
				List.of("X", "Y", "Z"), counts, true, 5, "Totaal");
		assertThat(table.rows().get(0).cells().get(0).text(5)).isEqualTo("<5");
		assertThat(table.rows().get(0).total().text(5)).isEqualTo("<5");
		assertThat(table.rows().get(0).cells().get(2).text(5)).as("zero discloses no one").isEqualTo("0");
		assertThat(table.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.shown() == CountTable.Shown.SECONDARY))
			.as("complements are shown as ×, never as <5").allMatch(c -> c.text(5).equals("×"));
	}

	@Test
	void with_column_totals_only_each_column_holds_no_hidden_cell_or_at_least_two() {
		long[][] counts = { { 2, 10 }, { 30, 11 }, { 7, 4 } };
		boolean[][] hidden = SmallCellSuppression.suppress(counts, 5, false);
		assertThat(hiddenCells(hidden)).containsExactlyInAnyOrder("0,0", "2,0", "2,1", "0,1");
		assertThat(derivable(counts, hidden, false)).isEmpty();
	}

	@Test
	void nothing_is_hidden_when_every_count_is_large_enough() {
		long[][] counts = { { 5, 12 }, { 10, 0 } };
		boolean[][] hidden = SmallCellSuppression.suppress(counts, 5, true);
		assertThat(hiddenCells(hidden)).isEmpty();
	}

	@Test
	void k_is_configurable() {
		long[][] counts = { { 7, 12, 20 }, { 10, 15, 30 } };
		assertThat(hiddenCells(SmallCellSuppression.suppress(counts, 5, true))).isEmpty();
		assertThat(hiddenCells(SmallCellSuppression.suppress(counts, 10, true))).contains("0,0");
		assertThat(derivable(counts, SmallCellSuppression.suppress(counts, 10, true), true)).isEmpty();
	}

	@Test
	void on_hundreds_of_random_tables_no_suppressed_cell_can_be_solved_from_the_published_figures() {
		Random random = new Random(10);
		for (int round = 0; round < 400; round++) {
			int rows = 1 + random.nextInt(6);
			int columns = 1 + random.nextInt(6);
			long[][] counts = new long[rows][columns];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					counts[i][j] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
				}
			}
			boolean rowTotals = random.nextBoolean();
			boolean[][] hidden = SmallCellSuppression.suppress(counts, 5, rowTotals);
			long[][] table = SmallCellSuppression.augmented(counts, rowTotals);
			for (int i = 0; i < table.length; i++) {
				for (int j = 0; j < table[i].length; j++) {
					if (table[i][j] > 0 && table[i][j] < 5) {
						assertThat(hidden[i][j]).as("primary %d,%d of round %d", i, j, round).isTrue();
					}
				}
			}
			assertThat(derivable(counts, hidden, rowTotals)).as("round %d", round).isEmpty();
		}
	}

	private static List<String> hiddenCells(boolean[][] hidden) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < hidden.length; i++) {
			for (int j = 0; j < hidden[i].length; j++) {
				if (hidden[i][j]) {
					cells.add(i + "," + j);
				}
			}
		}
		return cells;
	}

	/**
	 * The hidden cells an attacker can compute exactly: unknowns are the hidden cells of the table with its
	 * margins; each row (with row totals) and each column gives an equation. A cell is derivable when its unit
	 * vector lies in the row space of the equations over the unknowns.
	 */
	static List<String> derivable(long[][] counts, boolean[][] hidden, boolean rowTotals) {
		int rows = counts.length;
		int columns = counts[0].length;
		List<int[]> unknowns = new ArrayList<>();
		for (int i = 0; i < hidden.length; i++) {
			for (int j = 0; j < hidden[i].length; j++) {
				if (hidden[i][j]) {
					unknowns.add(new int[] { i, j });
				}
			}
		}
		List<double[]> equations = new ArrayList<>();
		// Column j: the cells of the rows minus the column total.
		for (int j = 0; j < hidden[0].length; j++) {
			double[] equation = new double[unknowns.size()];
			for (int u = 0; u < unknowns.size(); u++) {
				int[] cell = unknowns.get(u);
				if (cell[1] == j) {
					equation[u] = cell[0] == rows ? -1 : 1;
				}
			}
			equations.add(equation);
		}
		if (rowTotals) {
			for (int i = 0; i <= rows; i++) {
				double[] equation = new double[unknowns.size()];
				for (int u = 0; u < unknowns.size(); u++) {
					int[] cell = unknowns.get(u);
					if (cell[0] == i) {
						equation[u] = cell[1] == columns ? -1 : 1;
					}
				}
				equations.add(equation);
			}
		}
		int rank = rank(equations, unknowns.size());
		List<String> derivable = new ArrayList<>();
		for (int u = 0; u < unknowns.size(); u++) {
			List<double[]> with = new ArrayList<>(equations);
			double[] unit = new double[unknowns.size()];
			unit[u] = 1;
			with.add(unit);
			if (rank(with, unknowns.size()) == rank) {
				derivable.add(unknowns.get(u)[0] + "," + unknowns.get(u)[1]);
			}
		}
		return derivable;
	}

	private static int rank(List<double[]> equations, int width) {
		double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
		int rank = 0;
		for (int column = 0; column < width && rank < m.length; column++) {
			int pivot = -1;
			for (int r = rank; r < m.length; r++) {
				if (Math.abs(m[r][column]) > 1e-9) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] swap = m[pivot];
			m[pivot] = m[rank];
			m[rank] = swap;
			for (int r = 0; r < m.length; r++) {
				if (r != rank && Math.abs(m[r][column]) > 1e-9) {
					double factor = m[r][column] / m[rank][column];
					for (int c = 0; c < width; c++) {
						m[r][c] -= factor * m[rank][c];
					}
				}
			}
			rank++;
		}
		return rank;
	}
}
