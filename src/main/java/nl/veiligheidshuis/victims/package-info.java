/**
 * Victims, incidents, domestic-violence cases, repeat victimisation, mediation, first offenders and Halt.
 * Depends on privacy for the audit log: every read and change of a victim's records is audited (DESIGN.md §4
 * rule 10), and only the privacy module writes that log. Depends on intake for one event: the police list's
 * domestic-violence registrations become incidents ({@code PoliceRegistrations}).
 */
@ApplicationModule(allowedDependencies = { "platform", "persons", "trajectories", "privacy", "intake" })
@NullMarked
package nl.veiligheidshuis.victims;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
