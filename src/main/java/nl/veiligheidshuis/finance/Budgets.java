package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.Municipalities;
import nl.veiligheidshuis.partners.Municipality;
import nl.veiligheidshuis.partners.PopulationFigure;

/** The operating budgets per year and the population split of their shared costs; the finance module's API. */
@Service
public class Budgets {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;
	private final Municipalities municipalities;

	Budgets(JdbcClient jdbc, Municipalities municipalities) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return jdbc.sql("SELECT year FROM finance_budget ORDER BY year").query(Integer.class).list();
	}

	@Transactional(readOnly = true)
	public Optional<Budget> budget(int year) {
		record Head(BigDecimal total, String source) {
		}
		return jdbc.sql("SELECT total, source FROM finance_budget WHERE year = :year")
			.param("year", year)
			.query((rs, row) -> new Head(rs.getBigDecimal("total"), rs.getString("source")))
			.optional()
			.map(head -> {
				List<Budget.Line> lines = jdbc.sql("""
						SELECT position, category, description, kind, amount, funder
						FROM finance_budget_line WHERE year = :year ORDER BY position""")
					.param("year", year)
					.query((rs, row) -> new Budget.Line(rs.getInt("position"), rs.getString("category"),
							rs.getString("description"), "STRUCTURAL".equals(rs.getString("kind")), rs.getBigDecimal("amount"),
							Funder.valueOf(rs.getString("funder"))))
					.list();
				Map<Funder, BigDecimal> contributions = new EnumMap<>(Funder.class);
				jdbc.sql("SELECT funder, amount FROM finance_budget_contribution WHERE year = :year")
					.param("year", year)
					.query((rs, row) -> Map.entry(Funder.valueOf(rs.getString("funder")), rs.getBigDecimal("amount")))
					.list()
					.forEach(entry -> contributions.put(entry.getKey(), entry.getValue()));
				return new Budget(year, head.total(), head.source(), lines, contributions);
			});
	}

	/**
	 * The split of the year's shared costs over the municipalities that have a population figure of that
	 * year or earlier (the newest such figure); empty when the year has no shared costs.
	 */
	@Transactional(readOnly = true)
	public Optional<CostAllocation> allocation(int year) {
		record Shared(BigDecimal amount, String lead, BigDecimal documentLead, BigDecimal documentOthers) {
		}
		Optional<Shared> shared = jdbc.sql("""
				SELECT amount, lead_municipality, document_lead_share, document_others_share
				FROM finance_shared_cost WHERE year = :year""")
			.param("year", year)
			.query((rs, row) -> new Shared(rs.getBigDecimal("amount"), rs.getString("lead_municipality"),
					rs.getBigDecimal("document_lead_share"), rs.getBigDecimal("document_others_share")))
			.optional();
		if (shared.isEmpty()) {
			return Optional.empty();
		}
		record Counted(String name, PopulationFigure figure) {
		}
		List<Counted> counted = new ArrayList<>();
		for (Municipality municipality : municipalities.all()) {
			municipality.populations().stream()
				.filter(figure -> figure.year() <= year)
				.findFirst()
				.ifPresent(figure -> counted.add(new Counted(municipality.name(), figure)));
		}
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		Shared costs = shared.orElseThrow();
		List<Long> populations = counted.stream().map(c -> (long) c.figure().population()).toList();
		long totalPopulation = populations.stream().mapToLong(Long::longValue).sum();
		long[] exact = LargestRemainder.split(cents(costs.amount()), populations);

		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < counted.size(); i++) {
			if (!counted.get(i).name().equals(costs.lead())) {
				others.add(i);
			}
		}
		long[] derived = others.isEmpty() ? new long[0]
				: LargestRemainder.split(cents(costs.documentOthers()), others.stream().map(populations::get).toList());

		List<CostAllocation.Part> parts = new ArrayList<>();
		for (int i = 0; i < counted.size(); i++) {
			Counted municipality = counted.get(i);
			boolean lead = municipality.name().equals(costs.lead());
			BigDecimal document = lead ? costs.documentLead() : euros(derived[others.indexOf(i)]);
			BigDecimal share = BigDecimal.valueOf(populations.get(i))
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(totalPopulation), 2, RoundingMode.HALF_UP);
			parts.add(new CostAllocation.Part(municipality.name(), populations.get(i), share, euros(exact[i]),
					document.setScale(2), lead));
		}
		int populationYear = counted.stream().mapToInt(c -> c.figure().year()).max().orElse(year);
		return Optional.of(new CostAllocation(year, costs.amount(), populationYear, totalPopulation, costs.documentLead(),
				costs.documentOthers(), parts));
	}

	private static long cents(BigDecimal euros) {
		return euros.movePointRight(2).longValueExact();
	}

	private static BigDecimal euros(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}
}
