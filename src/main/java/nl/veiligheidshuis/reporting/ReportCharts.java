package nl.veiligheidshuis.reporting;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The charts of the report: which bars (from the suppressed tables, so a chart never shows a hidden count) and
 * their server-side SVG for the PDF. The page draws the same bars with ECharts.
 */
final class ReportCharts {

	/** A bar: label and published value; a suppressed value is drawn as no bar with its text ("<5", "×"). */
	record Bar(String label, @Nullable Long value, String text) {
	}

	record Chart(String code, String title, List<Bar> bars) {
	}

	private ReportCharts() {
	}

	static List<Chart> of(SteeringGroupReport report) {
		CountTable started = report.table("STARTED");
		List<Bar> perGroup = new ArrayList<>();
		for (CountTable.Row row : started.rows()) {
			CountTable.Cell total = java.util.Objects.requireNonNull(row.total());
			perGroup.add(new Bar(row.label(), total.published(), total.text(report.k())));
		}
		List<Bar> perMunicipality = new ArrayList<>();
		for (int j = 0; j < started.columns().size(); j++) {
			CountTable.Cell cell = started.totals().cells().get(j);
			perMunicipality.add(new Bar(started.columns().get(j), cell.published(), cell.text(report.k())));
		}
		CountTable path = report.table("PATH");
		List<Bar> milestones = new ArrayList<>();
		for (int j = 0; j < path.columns().size(); j++) {
			CountTable.Cell cell = path.totals().cells().get(j);
			milestones.add(new Bar(path.columns().get(j), cell.published(), cell.text(report.k())));
		}
		return List.of(new Chart("perGroup", started.title() + " — " + started.rowHeading(), perGroup),
				new Chart("perMunicipality", started.title(), perMunicipality),
				new Chart("path", path.title(), milestones));
	}

	/** A horizontal bar chart as SVG 1.1 (openhtmltopdf draws it with Batik). */
	static String svg(Chart chart) {
		int labelWidth = 230;
		int barArea = 380;
		int rowHeight = 22;
		int height = 34 + rowHeight * Math.max(1, chart.bars().size());
		long max = chart.bars().stream().map(Bar::value).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
			.max().orElse(0);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barArea + 60)
			.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barArea + 60).append(' ')
			.append(height).append("\">");
		svg.append("<text x=\"0\" y=\"16\" font-family=\"sans-serif\" font-size=\"13\" font-weight=\"bold\">")
			.append(escape(chart.title())).append("</text>");
		int y = 30;
		for (Bar bar : chart.bars()) {
			svg.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 14)
				.append("\" font-family=\"sans-serif\" font-size=\"11\" text-anchor=\"end\">").append(escape(bar.label()))
				.append("</text>");
			long width = bar.value() == null || max == 0 ? 0 : Math.max(1, Math.round((double) barArea * bar.value() / max));
			if (width > 0) {
				svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(width)
					.append("\" height=\"").append(rowHeight - 6).append("\" fill=\"#154273\"/>");
			}
			svg.append("<text x=\"").append(labelWidth + width + 4).append("\" y=\"").append(y + 14)
				.append("\" font-family=\"sans-serif\" font-size=\"11\">").append(escape(bar.text())).append("</text>");
			y += rowHeight;
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
