package nl.veiligheidshuis.trajectories;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Proposes the deficits of an assessment from its scores: a table (data, not code) of rules "this scale or
 * domain of this instrument at least / at most this score proposes a deficit on this life domain", read
 * once from {@code vh.trajectories.deficit-mapping} (default: the example table in the classpath). A
 * proposal only: the intervention manager confirms or changes it. Youth instruments have no scores, so
 * nothing is proposed for them.
 */
@Component
class DeficitMapping {

	enum Comparison {
		AT_LEAST, AT_MOST
	}

	record Rule(Instrument instrument, String item, Comparison comparison, int threshold, LifeDomain lifeDomain) {

		boolean holds(int score) {
			return comparison == Comparison.AT_LEAST ? score >= threshold : score <= threshold;
		}
	}

	private final List<Rule> rules;

	DeficitMapping(@Value("${vh.trajectories.deficit-mapping:classpath:trajectories/deficit-mapping.csv}") Resource table) {
		this.rules = List.copyOf(read(table));
	}

	Set<LifeDomain> propose(Instrument instrument, Map<String, Integer> scores) {
		Set<LifeDomain> proposed = EnumSet.noneOf(LifeDomain.class);
		for (Rule rule : rules) {
			Integer score = scores.get(rule.item());
			if (rule.instrument() == instrument && score != null && rule.holds(score)) {
				proposed.add(rule.lifeDomain());
			}
		}
		return proposed;
	}

	List<Rule> rules() {
		return rules;
	}

	/** Reads the table; a row naming an unknown instrument, item or life domain stops the start (a typo must not pass). */
	static List<Rule> read(Resource table) {
		List<Rule> rules = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
		try (Reader reader = new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				Instrument instrument = Instrument.valueOf(row.get("instrument"));
				String item = row.get("item");
				if (!instrument.items().contains(item)) {
					throw new IllegalStateException("Deficit mapping line " + row.getRecordNumber() + ": " + instrument
							+ " has no item " + item);
				}
				rules.add(new Rule(instrument, item, Comparison.valueOf(row.get("comparison")),
						Integer.parseInt(row.get("threshold")), LifeDomain.valueOf(row.get("lifeDomain"))));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the deficit mapping " + table, e);
		}
		return rules;
	}
}
