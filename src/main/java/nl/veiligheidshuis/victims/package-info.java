/** Victims, incidents, domestic-violence cases, repeat victimisation, mediation, first offenders and Halt. */
@ApplicationModule(allowedDependencies = { "platform", "persons", "trajectories" })
@NullMarked
package nl.veiligheidshuis.victims;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
