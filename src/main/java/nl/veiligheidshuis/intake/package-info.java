/** Referrals, signals and police antecedent imports. */
@ApplicationModule(allowedDependencies = { "platform", "persons", "privacy" })
@NullMarked
package nl.veiligheidshuis.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
