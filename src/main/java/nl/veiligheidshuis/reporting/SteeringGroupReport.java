package nl.veiligheidshuis.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The steering-group report of a period (issue 10): counts per target group and municipality after small-cell
 * suppression, lead times, the start within a week, caseload, partner response times, case conferences and
 * action items, repeat victimisation; and what the events do not (yet) tell.
 */
public record SteeringGroupReport(Period period, int k, OffsetDateTime generatedAt, List<CountTable> tables,
		List<LeadTime> leadTimes, Share startedWithinWeek, Share commitmentsConfirmed,
		@Nullable Double commitmentMedianDays, long conferencesHeld, Share actionItemsOnTime, Figure repeatVictims,
		Figure repeatDomesticVictims, List<String> notAvailable) {

	/** A lead time between two moments of the path: how many trajectories, median and mean in days. */
	public record LeadTime(String code, String label, long count, @Nullable Double medianDays, @Nullable Double meanDays,
			boolean suppressed) {
	}

	/** A share: part of a whole; suppressed when the whole or the part is a small count. */
	public record Share(long part, long whole, boolean suppressed) {

		public @Nullable Double percent() {
			return suppressed || whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
		}

		static Share of(long part, long whole, int k) {
			boolean small = (whole > 0 && whole < k) || (part > 0 && part < k) || (whole - part > 0 && whole - part < k);
			return new Share(part, whole, small);
		}
	}

	/** A single count; suppressed when small. */
	public record Figure(long value, boolean suppressed) {

		public @Nullable Long published() {
			return suppressed ? null : value;
		}

		static Figure of(long value, int k) {
			return new Figure(value, value > 0 && value < k);
		}
	}

	public CountTable table(String code) {
		return tables.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
	}
}
