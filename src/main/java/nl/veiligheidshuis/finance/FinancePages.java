package nl.veiligheidshuis.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.UserProfile;

/** Budget per year, the population split of shared costs, and the charges per partner. Post/Redirect/Get. */
@Controller
class FinancePages {

	static final String ROOT = "/financien";

	private final Budgets budgets;
	private final Charges charges;
	private final PartnerOrganisations partners;
	private final Clock clock;

	FinancePages(Budgets budgets, Charges charges, PartnerOrganisations partners, Clock clock) {
		this.budgets = budgets;
		this.charges = charges;
		this.partners = partners;
		this.clock = clock;
	}

	@GetMapping(ROOT)
	String overview() {
		List<Integer> years = budgets.years();
		return "redirect:" + ROOT + "/begroting/" + (years.isEmpty() ? LocalDate.now(clock).getYear() : years.getLast());
	}

	@GetMapping(ROOT + "/begroting/{year}")
	String budget(@PathVariable int year, Model model) {
		Budget budget = budgets.budget(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("years", budgets.years());
		model.addAttribute("budget", budget);
		model.addAttribute("funders", List.of(Funder.HEERLEN, Funder.OTHER_MUNICIPALITIES, Funder.JUSTICE_PARTNERS,
				Funder.PROVINCE));
		model.addAttribute("allocation", budgets.allocation(year).orElse(null));
		return "finance/budget";
	}

	@GetMapping(ROOT + "/verdeling")
	String allocation(@RequestParam(name = "jaar", required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? budgets.years().stream().filter(y -> budgets.allocation(y).isPresent()).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)) : year;
		CostAllocation allocation = budgets.allocation(shown)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("years", budgets.years().stream().filter(y -> budgets.allocation(y).isPresent()).toList());
		model.addAttribute("allocation", allocation);
		return "finance/allocation";
	}

	@GetMapping(ROOT + "/doorbelasting")
	String charges(@RequestParam(name = "jaar", required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		List<Charges.Charge> ofYear = charges.ofYear(shown);
		model.addAttribute("year", shown);
		model.addAttribute("charges", ofYear);
		model.addAttribute("total", ofYear.stream().map(Charges.Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("partners", partners.all());
		model.addAttribute("kinds", Charges.Kind.values());
		model.addAttribute("rate", Charges.ICT_WORKPLACE_RATE);
		return "finance/charges";
	}

	@PostMapping(ROOT + "/doorbelasting")
	String recordCharge(@RequestParam int year, @RequestParam(required = false) @Nullable UUID partnerId,
			@RequestParam Charges.Kind kind, @RequestParam(defaultValue = "1") int quantity,
			@RequestParam(required = false) @Nullable String amount, @AuthenticationPrincipal UserProfile user,
			RedirectAttributes redirect) {
		BigDecimal billed = euros(amount);
		List<String> problems = partnerId == null ? List.of("finance.charge.problem.partner")
				: billed == null ? List.of("finance.charge.problem.amount")
				: charges.record(year, partnerId, kind, quantity, billed, user.id());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("flash", "finance.charge.recorded");
		}
		else {
			redirect.addFlashAttribute("refusals", problems);
		}
		return "redirect:" + ROOT + "/doorbelasting?jaar=" + year;
	}

	/** A Dutch amount ("212,40" or "1.500,00"); empty is zero (ICT workplaces need none); unreadable is null. */
	private static @Nullable BigDecimal euros(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return BigDecimal.ZERO;
		}
		try {
			return new BigDecimal(text.strip().replace(".", "").replace(',', '.'));
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}
}
