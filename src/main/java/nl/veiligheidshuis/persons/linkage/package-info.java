/**
 * Identity resolution: Fellegi–Sunter record linkage of person records (blocking, field comparisons,
 * m/u weights estimated by EM, thresholds), Dutch name normalisation and the BSN 11-test. Pure Java,
 * no database: the application and the {@code linkage} command use the same engine.
 */
@NamedInterface("linkage")
@NullMarked
package nl.veiligheidshuis.persons.linkage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
