/** Case conferences, appointments and room booking. */
@ApplicationModule(allowedDependencies = { "platform", "trajectories", "partners", "privacy" })
@NullMarked
package nl.veiligheidshuis.agenda;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
