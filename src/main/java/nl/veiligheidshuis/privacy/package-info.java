/** Privacy covenants, access policy, audit and processing log, break-glass, retention and subject access. */
@ApplicationModule(allowedDependencies = { "platform", "partners", "identity" })
@NullMarked
package nl.veiligheidshuis.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
