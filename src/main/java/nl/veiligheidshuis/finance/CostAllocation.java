package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The split of a year's shared costs over the district municipalities by population (DESIGN.md §4 rule 14),
 * next to the document's own figures. The document states the lead municipality's share and the others' sum;
 * the others' amounts "naar inwoneraantal" are derived from that sum here (largest remainder too).
 */
public record CostAllocation(int year, BigDecimal sharedCosts, int populationYear, long totalPopulation,
		BigDecimal documentLeadShare, BigDecimal documentOthersShare, List<Part> parts) {

	/**
	 * One municipality's part: its population and share (percent, 2 decimals), the exact amount, and the
	 * document's amount (stated for the lead municipality, derived for the others).
	 */
	public record Part(String municipality, long population, BigDecimal sharePercent, BigDecimal exactAmount,
			@Nullable BigDecimal documentAmount, boolean documentStated) {

		public @Nullable BigDecimal difference() {
			return documentAmount == null ? null : exactAmount.subtract(documentAmount);
		}

		public boolean differs() {
			return documentAmount != null && exactAmount.compareTo(documentAmount) != 0;
		}
	}

	public BigDecimal exactTotal() {
		return parts.stream().map(Part::exactAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
