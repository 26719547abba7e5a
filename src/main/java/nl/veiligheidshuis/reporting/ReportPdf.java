package nl.veiligheidshuis.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.PdfRendering;

/** The report as a PDF: the same tables as the page, the charts drawn server-side as SVG. */
@Component
class ReportPdf {

	static final String TEMPLATE = "reporting/report-pdf";

	private final PdfRendering pdfs;
	private final EffectReports effects;

	ReportPdf(PdfRendering pdfs, EffectReports effects) {
		this.pdfs = pdfs;
		this.effects = effects;
	}

	byte[] render(SteeringGroupReport report) {
		List<String> charts = ReportCharts.of(report).stream().map(ReportCharts::svg).toList();
		return pdfs.render(TEMPLATE, Map.of("report", report, "charts", charts, "effect",
				effects.report(effects.defaultCohort())));
	}
}
