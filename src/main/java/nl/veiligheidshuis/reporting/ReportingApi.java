package nl.veiligheidshuis.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.ProblemTitles;

/**
 * The steering-group report (JSON, PDF with {@code Accept: application/pdf}, CSV with {@code Accept: text/csv}),
 * the provincial monitor CSV and the indicators. Aggregates only, after small-cell suppression: a suppressed
 * count is null in JSON, empty in CSV.
 */
@RestController
@Tag(name = "reporting", description = "Stuurgroeprapportage, prestatie-indicatoren en provinciale monitor (geaggregeerd)")
class ReportingApi {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** Thrown for a period that cannot be read or ends before it starts. */
	static final class PeriodRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final List<String> problems;

		PeriodRefused(List<String> problems) {
			super("period refused", null, false, false);
			this.problems = problems;
		}
	}

	private final SteeringGroupReports reports;
	private final EffectReports effects;
	private final Indicators indicators;
	private final ReportPdf pdf;
	private final ProblemTitles titles;
	private final MessageSource messages;

	ReportingApi(SteeringGroupReports reports, EffectReports effects, Indicators indicators, ReportPdf pdf,
			ProblemTitles titles, MessageSource messages) {
		this.reports = reports;
		this.effects = effects;
		this.indicators = indicators;
		this.pdf = pdf;
		this.titles = titles;
		this.messages = messages;
	}

	static Period period(@Nullable LocalDate from, @Nullable LocalDate to, Period fallback) {
		LocalDate start = from == null ? fallback.from() : from;
		LocalDate end = to == null ? fallback.to() : to;
		List<String> problems = new ArrayList<>();
		if (end.isBefore(start)) {
			problems.add("reporting.period.problem.order");
		}
		if (start.isBefore(end.minusYears(10))) {
			problems.add("reporting.period.problem.length");
		}
		if (!problems.isEmpty()) {
			throw new PeriodRefused(problems);
		}
		return new Period(start, end);
	}

	@GetMapping(path = ApiPaths.V1 + "/reports/steering-group", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Stuurgroeprapportage over een periode (standaard het laatste halfjaar), na onderdrukking van kleine aantallen")
	SteeringGroupReport steeringGroup(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return reports.report(period(from, to, reports.defaultPeriod()));
	}

	@GetMapping(path = ApiPaths.V1 + "/reports/steering-group", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "De stuurgroeprapportage als PDF, met grafieken")
	ResponseEntity<byte[]> steeringGroupPdf(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		SteeringGroupReport report = reports.report(period(from, to, reports.defaultPeriod()));
		return download(pdf.render(report), MediaType.APPLICATION_PDF, fileName(report, "pdf"));
	}

	@GetMapping(path = ApiPaths.V1 + "/reports/steering-group", produces = "text/csv")
	@Operation(summary = "De stuurgroeprapportage als CSV (formaat: docs/reporting.md)")
	ResponseEntity<byte[]> steeringGroupCsv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		SteeringGroupReport report = reports.report(period(from, to, reports.defaultPeriod()));
		return download(ReportCsv.steeringGroup(report).getBytes(StandardCharsets.UTF_8), CSV, fileName(report, "csv"));
	}

	@GetMapping(path = ApiPaths.V1 + "/reports/provincial-monitor", produces = "text/csv")
	@Operation(summary = "De provinciale monitor van een periode als CSV (formaat: docs/reporting.md)")
	ResponseEntity<byte[]> provincialMonitor(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		SteeringGroupReport report = reports.report(period(from, to, reports.defaultPeriod()));
		return download(ReportCsv.provincialMonitor(report).getBytes(StandardCharsets.UTF_8), CSV,
				"provinciale-monitor-" + report.period().from() + "-" + report.period().to() + ".csv");
	}

	@GetMapping(path = ApiPaths.V1 + "/reports/effect", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Effectmeting: recidive van deelnemers (trajecten gestart in het cohort) tegenover een gematchte "
			+ "vergelijkingsgroep uit dezelfde selectierondes, na 6, 12 en 24 maanden, met 95%-interval (bootstrap), naieve "
			+ "vergelijking, balans en verandering op de ZRM-domeinen; kleine aantallen onderdrukt (null). Standaard het cohort "
			+ "van de drie jaar tot twee jaar geleden. Een observationele vergelijking, geen bewijs van oorzaak en gevolg.")
	EffectReport effect(@RequestParam(required = false) @Nullable String cohortFrom,
			@RequestParam(required = false) @Nullable String cohortTo) {
		List<String> problems = new ArrayList<>();
		LocalDate from = ReportingPages.date(cohortFrom, problems);
		LocalDate to = ReportingPages.date(cohortTo, problems);
		if (!problems.isEmpty()) {
			throw new PeriodRefused(problems);
		}
		return effects.report(period(from, to, effects.defaultCohort()));
	}

	@GetMapping(path = ApiPaths.V1 + "/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De prestatie-indicatoren van Bijlage 1 met nulmeting, streefwaarde en huidige waarde; "
			+ "period: 2026, 2026-H1 of 2026-Q3 (standaard het laatste halfjaar)")
	List<Indicators.Indicator> indicators(@RequestParam(required = false) @Nullable String period) {
		Period chosen = period == null ? reports.defaultPeriod()
				: Indicators.parsePeriod(period).orElseThrow(() -> new PeriodRefused(List.of("reporting.period.problem.format")));
		return indicators.of(chosen);
	}

	@ExceptionHandler(PeriodRefused.class)
	ResponseEntity<ProblemDetail> refused(PeriodRefused refused) {
		ProblemDetail problem = titles.problem(HttpStatus.BAD_REQUEST);
		List<String> texts = refused.problems.stream()
			.map(key -> messages.getMessage(key, null, key, Locale.forLanguageTag("nl")))
			.toList();
		problem.setDetail(String.join(" ", texts));
		problem.setProperty("invalidParams", refused.problems.stream()
			.map(key -> Map.of("name", "period", "reason", messages.getMessage(key, null, key, Locale.forLanguageTag("nl"))))
			.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String fileName(SteeringGroupReport report, String extension) {
		return "stuurgroeprapportage-" + report.period().from() + "-" + report.period().to() + "." + extension;
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
