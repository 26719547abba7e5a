/** Shared frame of every module: page layout, error handling, API frame, clock, embedded database and demo seeding. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.veiligheidshuis.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
