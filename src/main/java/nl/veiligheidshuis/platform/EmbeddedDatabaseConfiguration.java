package nl.veiligheidshuis.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

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
				.start();
			log.info("Ingebedde PostgreSQL gestart op poort {} met data in {}", postgres.getPort(), dataDirectory);
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Ingebedde PostgreSQL kon niet starten (datamap " + dataDirectory + ")", e);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
		dataSource.setPoolName("vh-embedded");
		dataSource.setMaximumPoolSize(environment.getProperty("vh.embedded-db.pool-size", Integer.class, 10));
		return dataSource;
	}
}
