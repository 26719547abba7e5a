package nl.veiligheidshuis.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The date and score rules of the victims module, configurable and free of storage so they can be tested with a
 * fixed {@link Clock}.
 * <ul>
 * <li><b>Repeat victimisation</b> (DESIGN.md §4 rule 12): a victim with at least {@code vh.victims.repeat.min-incidents}
 * (default 2) incidents dated within the window ({@code vh.victims.repeat.window}, default P12M) counting back from
 * today. Both edges are inclusive: an incident dated exactly twelve months before today counts, one dated a day earlier
 * does not; an incident dated today counts.</li>
 * <li><b>Repeat case</b> (MARAC definition): a domestic-violence incident dated after the day of the case's last case
 * conference (an incident of the conference day itself was known at it) and at most the window after it
 * (inclusive).</li>
 * <li><b>Restraining order</b> (Wet tijdelijk huisverbod, art. 2 and 9): ten days from the day it is imposed; the mayor
 * may extend it to at most four weeks (28 days) from that day in total, while it still runs.</li>
 * <li><b>Risk checklist</b>: the sum of the weights of the present factors; at or above
 * {@code vh.victims.risk.high-threshold} (default 5) HIGH, at or above {@code vh.victims.risk.elevated-threshold}
 * (default 3) ELEVATED, otherwise LOW. HIGH proposes a case conference.</li>
 * </ul>
 */
@Component
public class VictimRules {

	/** Days a restraining order lasts from the day it is imposed. */
	public static final int ORDER_DAYS = 10;
	/** The longest a restraining order may last in total, extensions included. */
	public static final int ORDER_MAX_DAYS = 28;
	/** The name of the risk instrument recorded with each assessment. */
	public static final String INSTRUMENT = "RiHG-checklist";

	private final Clock clock;
	private final int minIncidents;
	private final Period window;
	private final int elevatedThreshold;
	private final int highThreshold;
	private final Map<String, Integer> weights;

	VictimRules(Clock clock, @Value("${vh.victims.repeat.min-incidents:2}") int minIncidents,
			@Value("${vh.victims.repeat.window:P12M}") Period window,
			@Value("${vh.victims.risk.elevated-threshold:3}") int elevatedThreshold,
			@Value("${vh.victims.risk.high-threshold:5}") int highThreshold,
			@Value("#{${vh.victims.risk.weights:{:}}}") Map<String, Integer> weights) {
		if (minIncidents < 1 || window.isNegative() || window.isZero() || elevatedThreshold > highThreshold) {
			throw new IllegalArgumentException("Invalid vh.victims settings");
		}
		this.clock = clock;
		this.minIncidents = minIncidents;
		this.window = window;
		this.elevatedThreshold = elevatedThreshold;
		this.highThreshold = highThreshold;
		this.weights = Map.copyOf(weights);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public int minIncidents() {
		return minIncidents;
	}

	public Period window() {
		return window;
	}

	/** The first day of the repeat-victimisation window that ends today (inclusive). */
	public LocalDate windowStart() {
		return today().minus(window);
	}

	/** Whether incidents on these days make a repeat victim today. */
	public boolean isRepeatVictim(Collection<LocalDate> incidentDates) {
		LocalDate today = today();
		LocalDate from = today.minus(window);
		long inWindow = incidentDates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(today)).count();
		return inWindow >= minIncidents;
	}

	/** Whether a domestic-violence incident on one of these days makes the case a repeat case. */
	public boolean isRepeatCase(@Nullable LocalDate lastConference, Collection<LocalDate> incidentDates) {
		if (lastConference == null) {
			return false;
		}
		LocalDate until = lastConference.plus(window);
		return incidentDates.stream().anyMatch(d -> d.isAfter(lastConference) && !d.isAfter(until));
	}

	/** The last day of a restraining order imposed on this day, before any extension. */
	public static LocalDate orderEnd(LocalDate imposedOn) {
		return imposedOn.plusDays(ORDER_DAYS);
	}

	/** The latest day an extension may reach. */
	public static LocalDate orderLatestEnd(LocalDate imposedOn) {
		return imposedOn.plusDays(ORDER_MAX_DAYS);
	}

	/** The rules an extension to a new end breaks (message keys); none when it may be recorded. */
	public List<String> extensionViolations(LocalDate imposedOn, LocalDate endsOn, LocalDate newEnd) {
		if (today().isAfter(endsOn)) {
			return List.of("victims.rule.orderLapsed");
		}
		if (!newEnd.isAfter(endsOn)) {
			return List.of("victims.rule.extensionNotLater");
		}
		if (newEnd.isAfter(orderLatestEnd(imposedOn))) {
			return List.of("victims.rule.extensionTooLong");
		}
		return List.of();
	}

	public int weightOf(RiskFactor factor) {
		return weights.getOrDefault(factor.name(), 1);
	}

	public int score(Set<RiskFactor> factors) {
		return factors.stream().mapToInt(this::weightOf).sum();
	}

	public RiskGrade grade(int score) {
		return score >= highThreshold ? RiskGrade.HIGH : score >= elevatedThreshold ? RiskGrade.ELEVATED : RiskGrade.LOW;
	}

	public int highThreshold() {
		return highThreshold;
	}
}
