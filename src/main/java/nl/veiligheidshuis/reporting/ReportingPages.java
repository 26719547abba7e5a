package nl.veiligheidshuis.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;


import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.platform.UserProfile;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steering-group report page (tables, ECharts charts drawn from the same suppressed figures, downloads as
 * PDF and CSV), the provincial monitor and the indicators with their versions. Aggregates only.
 */
@Controller
class ReportingPages {

	static final String ROOT = "/rapportages";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SteeringGroupReports reports;
	private final EffectReports effects;
	private final Indicators indicators;
	private final ReportPdf pdf;

	ReportingPages(SteeringGroupReports reports, EffectReports effects, Indicators indicators, ReportPdf pdf) {
		this.reports = reports;
		this.effects = effects;
		this.indicators = indicators;
		this.pdf = pdf;
	}

	/** The period asked for; unreadable or reversed dates give the default and the Dutch problems in the model. */
	private Period period(@Nullable String vanaf, @Nullable String tot, Model model) {
		return period(vanaf, tot, reports.defaultPeriod(), model);
	}

	private Period period(@Nullable String vanaf, @Nullable String tot, Period fallback, Model model) {
		List<String> problems = new ArrayList<>();
		LocalDate from = date(vanaf, problems);
		LocalDate to = date(tot, problems);
		Period chosen = fallback;
		try {
			chosen = ReportingApi.period(from, to, chosen);
		}
		catch (ReportingApi.PeriodRefused refused) {
			problems.addAll(refused.problems);
		}
		model.addAttribute("periodProblems", problems);
		return chosen;
	}

	/** A date as yyyy-mm-dd; null when blank; the Dutch problem key added once when unreadable. */
	static @Nullable LocalDate date(@Nullable String text, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			if (!problems.contains("reporting.period.problem.date")) {
				problems.add("reporting.period.problem.date");
			}
			return null;
		}
	}

	@GetMapping(ROOT)
	String report(@RequestParam(required = false) @Nullable String vanaf, @RequestParam(required = false) @Nullable String tot,
			Model model) {
		SteeringGroupReport report = reports.report(period(vanaf, tot, model));
		model.addAttribute("report", report);
		model.addAttribute("chartData", JSON.writeValueAsString(ReportCharts.of(report)));
		return "reporting/report";
	}

	/** Effect monitoring of a cohort of trajectory starts (docs/effect-monitoring.md). */
	@GetMapping(ROOT + "/effect")
	String effect(@RequestParam(required = false) @Nullable String vanaf, @RequestParam(required = false) @Nullable String tot,
			Model model) {
		model.addAttribute("effect", effects.report(period(vanaf, tot, effects.defaultCohort(), model)));
		return "reporting/effect";
	}

	@GetMapping(ROOT + "/stuurgroep.pdf")
	ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) @Nullable String vanaf,
			@RequestParam(required = false) @Nullable String tot, Model model) {
		SteeringGroupReport report = reports.report(period(vanaf, tot, model));
		return ReportingApi.download(pdf.render(report), MediaType.APPLICATION_PDF,
				"stuurgroeprapportage-" + report.period().from() + "-" + report.period().to() + ".pdf");
	}

	@GetMapping(ROOT + "/stuurgroep.csv")
	ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) @Nullable String vanaf,
			@RequestParam(required = false) @Nullable String tot, Model model) {
		SteeringGroupReport report = reports.report(period(vanaf, tot, model));
		return ReportingApi.download(ReportCsv.steeringGroup(report).getBytes(StandardCharsets.UTF_8), ReportingApi.CSV,
				"stuurgroeprapportage-" + report.period().from() + "-" + report.period().to() + ".csv");
	}

	@GetMapping(ROOT + "/provinciale-monitor.csv")
	ResponseEntity<byte[]> monitorCsv(@RequestParam(required = false) @Nullable String vanaf,
			@RequestParam(required = false) @Nullable String tot, Model model) {
		SteeringGroupReport report = reports.report(period(vanaf, tot, model));
		return ReportingApi.download(ReportCsv.provincialMonitor(report).getBytes(StandardCharsets.UTF_8), ReportingApi.CSV,
				"provinciale-monitor-" + report.period().from() + "-" + report.period().to() + ".csv");
	}

	@GetMapping(ROOT + "/indicatoren")
	String indicators(@RequestParam(required = false) @Nullable String periode, Model model) {
		Period period = reports.defaultPeriod();
		if (periode != null && !periode.isBlank()) {
			var parsed = Indicators.parsePeriod(periode);
			if (parsed.isPresent()) {
				period = parsed.get();
			}
			else {
				model.addAttribute("periodProblems", List.of("reporting.period.problem.format"));
			}
		}
		model.addAttribute("period", period);
		model.addAttribute("periode", periode);
		model.addAttribute("indicators", indicators.of(period));
		return "reporting/indicators";
	}

	@PostMapping(ROOT + "/indicatoren/{code}")
	String recordIndicator(@PathVariable String code, @RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String baseline,
			@RequestParam(required = false) @Nullable String baselineYear,
			@RequestParam(required = false) @Nullable String target, @RequestParam(required = false) @Nullable String targetText,
			@AuthenticationPrincipal UserProfile user, RedirectAttributes redirect) {
		List<String> problems = new ArrayList<>();
		LocalDate from = date(validFrom, problems);
		BigDecimal baselineValue = number(baseline, "reporting.indicator.problem.baseline", problems);
		BigDecimal targetValue = number(target, "reporting.indicator.problem.target", problems);
		Integer year = null;
		if (baselineYear != null && !baselineYear.isBlank()) {
			try {
				year = Integer.valueOf(baselineYear.strip());
			}
			catch (NumberFormatException unreadable) {
				problems.add("reporting.indicator.problem.baselineYear");
			}
		}
		if (problems.isEmpty()) {
			problems.addAll(indicators.record(code, from, baselineValue, year, targetValue, targetText, user.displayName()));
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("flash", "reporting.indicator.recorded");
		}
		else {
			redirect.addFlashAttribute("refusals", problems);
			redirect.addFlashAttribute("refusedCode", code);
		}
		return "redirect:" + ROOT + "/indicatoren";
	}

	private static @Nullable BigDecimal number(@Nullable String text, String problem, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException unreadable) {
			problems.add(problem);
			return null;
		}
	}

}
