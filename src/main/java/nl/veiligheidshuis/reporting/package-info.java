/**
 * Steering-group reports, indicators and effect monitoring, from read models fed by the events of all modules.
 * Effect monitoring needs {@code selection} (its SelectionRunCompleted event and the run's candidate facts) and
 * {@code intake} (the antecedent dates of those candidates), each through their public API.
 */
@ApplicationModule(allowedDependencies = { "platform", "trajectories", "agenda", "persons", "partners", "victims",
		"selection", "intake" })
@NullMarked
package nl.veiligheidshuis.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
