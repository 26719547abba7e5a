/** Classification rules, scoring, candidate lists, selection meetings and priority lists. */
@ApplicationModule(allowedDependencies = { "platform", "persons", "intake", "privacy" })
@NullMarked
package nl.veiligheidshuis.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
