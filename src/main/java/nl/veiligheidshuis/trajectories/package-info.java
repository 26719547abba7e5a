/** Trajectories from assignment to closure and aftercare, with the dossier timeline. */
@ApplicationModule(allowedDependencies = { "platform", "persons", "selection", "intake", "privacy", "partners" })
@NullMarked
package nl.veiligheidshuis.trajectories;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
