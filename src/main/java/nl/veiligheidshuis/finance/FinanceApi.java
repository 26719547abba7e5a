package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.platform.ApiPaths;

/** Budgets and the population split of shared costs for API clients (amounts in euros, two decimals). */
@RestController
@Tag(name = "finance", description = "Exploitatiebegroting, financiers en verdeling van gedeelde kosten naar inwonertal")
class FinanceApi {

	record LineResource(int position, String category, String description, boolean structural, BigDecimal amount,
			Funder funder) {
	}

	record BudgetResource(int year, BigDecimal total, BigDecimal structural, BigDecimal incidental, String source,
			List<LineResource> lines, Map<Funder, BigDecimal> documentContributions, Map<Funder, BigDecimal> linesPerFunder) {
	}

	record PartResource(String municipality, long population, BigDecimal sharePercent, BigDecimal exactAmount,
			@Nullable BigDecimal documentAmount, boolean documentStated, @Nullable BigDecimal difference, boolean differs) {
	}

	record AllocationResource(int year, BigDecimal sharedCosts, int populationYear, long totalPopulation,
			BigDecimal documentLeadShare, BigDecimal documentOthersShare, List<PartResource> municipalities) {
	}

	private final Budgets budgets;

	FinanceApi(Budgets budgets) {
		this.budgets = budgets;
	}

	@GetMapping(path = ApiPaths.V1 + "/finance/budgets/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De exploitatiebegroting van een jaar: posten, structureel/incidenteel, financiers")
	BudgetResource budget(@PathVariable int year) {
		Budget budget = budgets.budget(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<Funder, BigDecimal> perFunder = new java.util.EnumMap<>(Funder.class);
		budget.lines().forEach(line -> perFunder.merge(line.funder(), line.amount(), BigDecimal::add));
		return new BudgetResource(year, budget.total(), budget.structuralTotal(), budget.incidentalTotal(), budget.source(),
				budget.lines().stream()
					.map(line -> new LineResource(line.position(), line.category(), line.description(), line.structural(),
							line.amount(), line.funder()))
					.toList(),
				budget.contributions(), perFunder);
	}

	@GetMapping(path = ApiPaths.V1 + "/finance/allocations", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Verdeling van de gedeelde kosten van een jaar over de districtsgemeenten naar inwonertal, "
			+ "exact (grootste rest, op de cent) naast de bedragen van het kaderdocument")
	AllocationResource allocation(@RequestParam int year) {
		CostAllocation allocation = budgets.allocation(year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new AllocationResource(year, allocation.sharedCosts(), allocation.populationYear(),
				allocation.totalPopulation(), allocation.documentLeadShare(), allocation.documentOthersShare(),
				allocation.parts().stream()
					.map(part -> new PartResource(part.municipality(), part.population(), part.sharePercent(),
							part.exactAmount(), part.documentAmount(), part.documentStated(), part.difference(), part.differs()))
					.toList());
	}
}
