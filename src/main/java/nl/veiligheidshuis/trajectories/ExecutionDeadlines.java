package nl.veiligheidshuis.trajectories;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two deadlines of execution, on today's date of the injected clock. "Nu aanbieden en binnen een week
 * beginnen" (DESIGN.md §4 rule 6): the first intervention starts at the latest on the seventh day after the
 * acceptance; from the eighth day a contract without a started intervention is overdue. A progress report is
 * due one interval ({@code vh.trajectories.progress-interval}, default three months) after the start of
 * execution or the last report (rule 7), and overdue from the day after.
 */
@Component
class ExecutionDeadlines {

	/** Days after acceptance within which the first intervention starts. */
	static final int FIRST_START_DAYS = 7;

	private final Clock clock;
	private final Period progressInterval;

	ExecutionDeadlines(Clock clock, @Value("${vh.trajectories.progress-interval:P3M}") Period progressInterval) {
		this.clock = clock;
		this.progressInterval = progressInterval;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	LocalDate firstStartDue(LocalDate acceptedOn) {
		return acceptedOn.plusDays(FIRST_START_DAYS);
	}

	boolean firstStartOverdue(LocalDate acceptedOn) {
		return today().isAfter(firstStartDue(acceptedOn));
	}

	/** @param since the start of execution, or the date of the last progress report */
	LocalDate progressReportDue(LocalDate since) {
		return since.plus(progressInterval);
	}

	boolean progressReportOverdue(LocalDate since) {
		return today().isAfter(progressReportDue(since));
	}

	Period progressInterval() {
		return progressInterval;
	}
}
