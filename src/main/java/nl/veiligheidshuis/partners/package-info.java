/** Partner organisations, covenant and accession declarations, chain leads, presence, contact points, municipalities, rooms. */
@ApplicationModule(allowedDependencies = { "platform" })
@NullMarked
package nl.veiligheidshuis.partners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
