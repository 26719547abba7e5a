package nl.veiligheidshuis.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection rates per age band, gender and municipality against the population with antecedents of the
 * run, for the steering group to review whether the selection weighs on some groups more than others.
 * Aggregates only; no person is named.
 */
@Service
public class DisparityOverview {

	public enum Dimension {
		AGE_BAND, GENDER, MUNICIPALITY;

		public String messageKey() {
			return "selection.dimension." + name();
		}
	}

	/** One group: persons with antecedents, of whom selected; the rate is selected / population. */
	public record Row(String value, int population, int selected) {

		public double rate() {
			return population == 0 ? 0 : (double) selected / population;
		}
	}

	private final JdbcClient jdbc;
	private final RuleSets ruleSets;
	private final SelectionRuns runs;

	DisparityOverview(JdbcClient jdbc, RuleSets ruleSets, SelectionRuns runs) {
		this.jdbc = jdbc;
		this.ruleSets = ruleSets;
		this.runs = runs;
	}

	/** Selected = the run's candidates in the list categories of its rule set. */
	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public Map<Dimension, List<Row>> ofRun(UUID runId) {
		SelectionRun run = runs.run(runId).orElseThrow();
		String[] categories = ruleSets.version(run.ruleSetVersion()).orElseThrow().listCategories().stream()
			.map(Enum::name).toArray(String[]::new);
		return overview(runId, """
				SELECT %s, count(*) FROM selection_candidate
				WHERE run_id = :run AND category = ANY(:categories) GROUP BY 1""", Map.of("categories", categories));
	}

	/** Selected = the persons on the list version (their groups as the list's run saw them). */
	@Transactional(readOnly = true)
	@PreAuthorize(SelectionRuns.MAY_SELECT)
	public Map<Dimension, List<Row>> ofList(UUID listId, UUID runId) {
		return overview(runId, """
				SELECT %s, count(*) FROM selection_priority_list_entry e
				LEFT JOIN selection_candidate c ON c.run_id = :run AND c.person_id = e.person_id
				WHERE e.list_id = :list GROUP BY 1""", Map.of("list", listId));
	}

	private Map<Dimension, List<Row>> overview(UUID runId, String selectedQuery, Map<String, Object> params) {
		Map<Dimension, List<Row>> overview = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			Map<String, int[]> rows = new LinkedHashMap<>();
			jdbc.sql("SELECT value, persons FROM selection_run_population WHERE run_id = :run AND dimension = :d ORDER BY value")
				.param("run", runId).param("d", dimension.name())
				.query(rs -> {
					rows.put(rs.getString(1), new int[] { rs.getInt(2), 0 });
				});
			String column = switch (dimension) {
				case AGE_BAND -> "coalesce(age_band, 'UNKNOWN')";
				case GENDER -> "coalesce(gender, '')";
				case MUNICIPALITY -> "coalesce(municipality, '')";
			};
			jdbc.sql(selectedQuery.formatted(column)).param("run", runId).params(params)
				.query(rs -> {
					rows.computeIfAbsent(rs.getString(1), v -> new int[2])[1] = rs.getInt(2);
				});
			List<Row> list = new ArrayList<>();
			rows.forEach((value, counts) -> list.add(new Row(value, counts[0], counts[1])));
			overview.put(dimension, list);
		}
		return overview;
	}
}
