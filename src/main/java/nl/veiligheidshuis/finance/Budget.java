package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The operating budget of a year: its lines (table A) and the contributions the document states (table B). */
public record Budget(int year, BigDecimal total, String source, List<Line> lines, Map<Funder, BigDecimal> contributions) {

	/** A line of the budget; {@code structural} lines recur every year, incidental ones do not. */
	public record Line(int position, String category, String description, boolean structural, BigDecimal amount,
			Funder funder) {
	}

	public BigDecimal linesTotal() {
		return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal structuralTotal() {
		return lines.stream().filter(Line::structural).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal incidentalTotal() {
		return linesTotal().subtract(structuralTotal());
	}

	/** The sum of the lines a funder pays. */
	public BigDecimal paidBy(Funder funder) {
		return lines.stream().filter(line -> line.funder() == funder).map(Line::amount).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	public BigDecimal contributionsTotal() {
		return contributions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
