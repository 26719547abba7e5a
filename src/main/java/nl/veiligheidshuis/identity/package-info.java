/** User accounts, login, roles, API tokens and access reviews. */
@ApplicationModule(allowedDependencies = { "platform", "partners" })
@NullMarked
package nl.veiligheidshuis.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
