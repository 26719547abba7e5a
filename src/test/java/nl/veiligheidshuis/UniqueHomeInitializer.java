package nl.veiligheidshuis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own {@code vh.home}: contexts with different settings run
 * side by side in one JVM, each with its own database, and must not overwrite each other's demo
 * credential files.
 */
public class UniqueHomeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		try {
			Path buildDirectory = Path.of(System.getProperty("vh.test.build-directory", "target"));
			Files.createDirectories(buildDirectory);
			Path home = Files.createTempDirectory(buildDirectory, "test-home-");
			context.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("uniqueTestHome", Map.of("vh.home", home.toString())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
