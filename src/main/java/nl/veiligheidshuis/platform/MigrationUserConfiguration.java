package nl.veiligheidshuis.platform;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * With an external database, Flyway migrates as {@code VH_DB_MIGRATION_USER} (the owner of the schema)
 * when it is set, so that the application's own role ({@code VH_DB_USER}) needs no right to create or
 * change tables and gets only SELECT and INSERT on the audit log. Unset, the application's role migrates
 * and owns the tables (see docs/security.md for what that leaves open).
 */
@Configuration(proxyBeanMethods = false)
class MigrationUserConfiguration {

	@Bean
	FlywayConfigurationCustomizer externalDatabaseMigrationUser(Environment environment) {
		return configuration -> {
			String user = environment.getProperty("vh.db.migration-user");
			if (EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment) || !StringUtils.hasText(user)) {
				return;
			}
			configuration.dataSource(environment.getRequiredProperty("spring.datasource.url"), user,
					environment.getProperty("vh.db.migration-password", ""));
		};
	}
}
