package nl.veiligheidshuis.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that carries personal data of clients, victims or other people in the registry. Every
 * public service method that returns such a type (also inside Optional, a collection or a page) must be
 * guarded by method security ({@code @PreAuthorize} or {@code @PostAuthorize}); an architecture test
 * fails the build otherwise. Reading it must also be audited.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalData {
}
