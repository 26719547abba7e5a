package nl.veiligheidshuis.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The CSV exports of the report (Apache Commons CSV, ';' as Dutch spreadsheets expect, UTF-8). Both are "long":
 * one line per published figure, with the period; a suppressed count has an empty {@code aantal} and its
 * display ("<5" or "×") in {@code weergave}. Formats: docs/reporting.md.
 */
final class ReportCsv {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	private ReportCsv() {
	}

	/** The steering-group report: every cell and total of every table, then the single figures. */
	static String steeringGroup(SteeringGroupReport report) {
		return write(List.of("periode_van", "periode_tot", "onderdeel", "rij", "kolom", "aantal", "weergave"), csv -> {
			for (CountTable table : report.tables()) {
				cells(csv, report, table);
			}
			for (SteeringGroupReport.LeadTime lead : report.leadTimes()) {
				line(csv, report, "DOORLOOPTIJD", lead.code(), "mediaan_dagen", lead.medianDays(), lead.suppressed());
				line(csv, report, "DOORLOOPTIJD", lead.code(), "gemiddeld_dagen", lead.meanDays(), lead.suppressed());
				line(csv, report, "DOORLOOPTIJD", lead.code(), "aantal", lead.suppressed() ? null : lead.count(),
						lead.suppressed());
			}
			share(csv, report, "START_BINNEN_7_DAGEN", report.startedWithinWeek());
			share(csv, report, "TOEZEGGING_BEVESTIGD", report.commitmentsConfirmed());
			line(csv, report, "TOEZEGGING", "reactietijd", "mediaan_dagen", report.commitmentMedianDays(), false);
			line(csv, report, "CASUSOVERLEG", "gehouden", "aantal", report.conferencesHeld(), false);
			share(csv, report, "ACTIEPUNTEN_OP_TIJD", report.actionItemsOnTime());
			line(csv, report, "HERHAALD_SLACHTOFFERSCHAP", "alle", "aantal", report.repeatVictims().published(),
					report.repeatVictims().suppressed());
			line(csv, report, "HERHAALD_SLACHTOFFERSCHAP", "huiselijk_geweld", "aantal",
					report.repeatDomesticVictims().published(), report.repeatDomesticVictims().suppressed());
		});
	}

	/**
	 * The provincial monitor: trajectories per municipality and target group (STARTED) and the milestones per
	 * target group (PATH), with stable codes instead of labels.
	 */
	static String provincialMonitor(SteeringGroupReport report) {
		return write(List.of("periode_van", "periode_tot", "kengetal", "doelgroep", "gemeente", "aantal", "weergave"),
				csv -> {
					CountTable started = report.table("STARTED");
					for (CountTable.Row row : rowsWithTotals(started)) {
						for (int j = 0; j < started.columns().size(); j++) {
							CountTable.Cell cell = row.cells().get(j);
							print(csv, report, "GESTART", row.code(), started.columnCodes().get(j), cell.published(),
									cell.text(report.k()));
						}
						CountTable.Cell total = java.util.Objects.requireNonNull(row.total());
						print(csv, report, "GESTART", row.code(), "TOTAAL", total.published(), total.text(report.k()));
					}
					CountTable path = report.table("PATH");
					for (CountTable.Row row : rowsWithTotals(path)) {
						for (int j = 0; j < path.columns().size(); j++) {
							CountTable.Cell cell = row.cells().get(j);
							print(csv, report, path.columnCodes().get(j), row.code(), "TOTAAL", cell.published(),
									cell.text(report.k()));
						}
					}
				});
	}

	private static List<CountTable.Row> rowsWithTotals(CountTable table) {
		List<CountTable.Row> rows = new java.util.ArrayList<>(table.rows());
		rows.add(table.totals());
		return rows;
	}

	private interface Lines {
		void write(CSVPrinter csv) throws IOException;
	}

	private static String write(List<String> header, Lines lines) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			csv.printRecord(header);
			lines.write(csv);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toString();
	}

	private static void cells(CSVPrinter csv, SteeringGroupReport report, CountTable table) throws IOException {
		for (CountTable.Row row : rowsWithTotals(table)) {
			for (int j = 0; j < table.columns().size(); j++) {
				CountTable.Cell cell = row.cells().get(j);
				print(csv, report, table.code(), row.label(), table.columns().get(j), cell.published(), cell.text(report.k()));
			}
			CountTable.Cell total = row.total();
			if (total != null) {
				print(csv, report, table.code(), row.label(), "Totaal", total.published(), total.text(report.k()));
			}
		}
	}

	private static void share(CSVPrinter csv, SteeringGroupReport report, String part, SteeringGroupReport.Share share)
			throws IOException {
		line(csv, report, part, "aandeel", "procent", share.percent(), share.suppressed());
		line(csv, report, part, "totaal", "aantal", share.suppressed() ? null : share.whole(), share.suppressed());
	}

	private static void line(CSVPrinter csv, SteeringGroupReport report, String part, String row, String column,
			@Nullable Number value, boolean suppressed) throws IOException {
		print(csv, report, part, row, column, value, suppressed ? "<" + report.k() : value == null ? "" : value.toString());
	}

	private static void print(CSVPrinter csv, SteeringGroupReport report, String part, String row, String column,
			@Nullable Number value, String shown) throws IOException {
		csv.printRecord(report.period().from(), report.period().to(), part, row, column, value == null ? "" : value, shown);
	}
}
