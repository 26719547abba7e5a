package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.veiligheidshuis.VeiligheidshuisApplication;

/**
 * What {@code ./mvnw spring-boot:run} promises: the embedded PostgreSQL keeps its data directory under
 * the home folder, so a restart keeps the data, and demo data are seeded only on the first start.
 */
class EmbeddedDatabaseRestartIntegrationTest {

	@TempDir
	Path home;

	@Test
	void a_restart_keeps_the_data_and_does_not_seed_again() throws Exception {
		Path credentials = home.resolve("demo-accounts.txt");
		String firstCredentials;
		try (ConfigurableApplicationContext first = start()) {
			House house = first.getBean(House.class);
			assertThat(house.name()).isEqualTo("Veiligheidshuis Heerlen");
			assertThat(userCount(first)).as("the demo accounts").isEqualTo(8);
			assertThat(Files.getPosixFilePermissions(credentials))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
			firstCredentials = Files.readString(credentials);
			house.rename("Zorg- en Veiligheidshuis Parkstad");
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(House.class).name()).isEqualTo("Zorg- en Veiligheidshuis Parkstad");
			assertThat(userCount(second)).isEqualTo(8);
			assertThat(Files.readString(credentials)).isEqualTo(firstCredentials);
		}
		assertThat(home.resolve("pgdata").resolve("PG_VERSION")).exists();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(VeiligheidshuisApplication.class).run(
				"--vh.home=" + home,
				"--server.port=0",
				"--spring.datasource.url=",
				"--logging.level.io.zonky=warn",
				"--logging.level.nl.veiligheidshuis.request=warn");
	}

	private static long userCount(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM identity_user_account").query(Long.class).single();
	}
}
