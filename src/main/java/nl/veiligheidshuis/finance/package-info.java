/** Operating budget, cost allocation and workplace charges. */
@ApplicationModule(allowedDependencies = { "platform", "partners" })
@NullMarked
package nl.veiligheidshuis.finance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
