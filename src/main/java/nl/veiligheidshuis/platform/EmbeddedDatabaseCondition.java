package nl.veiligheidshuis.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external database URL is configured ({@code VH_DB_URL} / {@code spring.datasource.url}). */
class EmbeddedDatabaseCondition implements Condition {

	static boolean usesEmbeddedDatabase(org.springframework.core.env.Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return usesEmbeddedDatabase(context.getEnvironment());
	}
}
