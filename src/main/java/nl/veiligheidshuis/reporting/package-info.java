/** Steering-group reports and indicators, from read models fed by the events of all modules. */
@ApplicationModule(allowedDependencies = { "platform", "trajectories", "agenda", "persons", "partners", "victims" })
@NullMarked
package nl.veiligheidshuis.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
