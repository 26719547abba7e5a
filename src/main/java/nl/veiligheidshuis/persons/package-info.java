/** Person registry, identity resolution and the known-person check. */
@ApplicationModule(allowedDependencies = { "platform", "privacy" })
@NullMarked
package nl.veiligheidshuis.persons;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
