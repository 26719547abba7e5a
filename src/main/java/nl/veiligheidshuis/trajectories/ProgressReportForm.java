package nl.veiligheidshuis.trajectories;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A progress report: free text and/or a text per life domain, on a date. Page form ({@code domains[HOUSING]} …)
 * and the JSON body of {@code POST /api/v1/trajectories/{trajectoryId}/progress-reports}.
 */
public class ProgressReportForm {

	static final int MAX_TEXT = 10000;

	@NotNull(message = "{trajectory.progress.reportedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate reportedOn;
	@Size(max = ProgressReportForm.MAX_TEXT, message = "{validation.size}")
	private @Nullable String text;
	private Map<LifeDomain, String> domains = new EnumMap<>(LifeDomain.class);
	@NotNull(message = "{trajectory.version.required}")
	private @Nullable Long version;

	public @Nullable LocalDate getReportedOn() {
		return reportedOn;
	}

	public void setReportedOn(@Nullable LocalDate reportedOn) {
		this.reportedOn = reportedOn;
	}

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public Map<LifeDomain, String> getDomains() {
		return domains;
	}

	public void setDomains(@Nullable Map<LifeDomain, String> domains) {
		this.domains = domains == null ? new EnumMap<>(LifeDomain.class) : new EnumMap<>(domains);
	}

	public @Nullable Long getVersion() {
		return version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}
}
