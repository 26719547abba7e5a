package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A progress report: free text and/or a text per life domain, by its author, on a date. */
public record ProgressReport(UUID id, LocalDate reportedOn, @Nullable String text, Map<LifeDomain, String> domains,
		String authorName, OffsetDateTime recordedAt) {

	public ProgressReport {
		domains = Map.copyOf(domains);
	}
}
