package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;

/** The register of processing activities: public to every signed-in user, as the privacy officer wants it read. */
@RestController
@Tag(name = "verwerkingsregister", description = "Register van verwerkingsactiviteiten (AVG art. 30)")
class ProcessingActivitiesApi {

	private final ProcessingActivities activities;
	private final Clock clock;

	ProcessingActivitiesApi(ProcessingActivities activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping(path = ApiPaths.V1 + "/processing-activities", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De verwerkingsactiviteiten zoals ze vandaag gelden (per activiteit de geldende versie)")
	List<ProcessingActivity> all() {
		return activities.validOn(LocalDate.now(clock));
	}
}
