package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code VH_DB_URL} unset), so that {@code ./mvnw spring-boot:run} works on a bare machine. Its data
 * directory ({@code vh.embedded-db.data-directory}, default {@code ~/.veiligheidshuis/pgdata}) is kept,
 * so data survive a restart.
 * <p>
 * Flyway migrates as the cluster's superuser {@code postgres}, which owns every table; the application
 * connects as {@value #APPLICATION_ROLE}, which the migrations give row access to the tables and only
 * SELECT and INSERT on the audit log. The cluster trusts local connections (zonky's {@code initdb -A
 * trust}), so this separation guards against the application itself, not against users of the machine.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** The database role of the application in the embedded cluster (Flyway placeholder {@code app_role}). */
	static final String APPLICATION_ROLE = "vh_app";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) {
		Path dataDirectory = Path.of(environment.getRequiredProperty("vh.embedded-db.data-directory"));
		boolean clean = environment.getProperty("vh.embedded-db.clean", Boolean.class, false);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "100")
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				// Stopped by this bean's close(), after everything that uses the database: zonky's own
				// shutdown hook would stop it concurrently with Spring's, under the pool's feet.
				.setRegisterShutdownHook(false)
				.start();
			log.info("Ingebedde PostgreSQL gestart op poort {} met data in {}", postgres.getPort(), dataDirectory);
			createApplicationRole(postgres);
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Ingebedde PostgreSQL kon niet starten (datamap " + dataDirectory + ")", e);
		}
	}

	/** Idempotent: the data directory, and with it the role, survives a restart. */
	private static void createApplicationRole(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE
					+ "') THEN CREATE ROLE " + APPLICATION_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the application role in the embedded PostgreSQL", e);
		}
	}

	/** Migrations run as the owner; their grants name the application role. */
	@Bean
	FlywayConfigurationCustomizer embeddedDatabaseMigrationOwner(EmbeddedPostgres postgres) {
		return configuration -> {
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.put("app_role", APPLICATION_ROLE);
			configuration.dataSource(postgres.getPostgresDatabase()).placeholders(placeholders);
		};
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl(APPLICATION_ROLE, "postgres"))
			.username(APPLICATION_ROLE)
			.build();
		dataSource.setPoolName("vh-embedded");
		dataSource.setMaximumPoolSize(environment.getProperty("vh.embedded-db.pool-size", Integer.class, 10));
		return dataSource;
	}
}
