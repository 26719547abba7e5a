package nl.veiligheidshuis.identity;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.DemoMode;

/** Tells whoever started the application where it runs and, in demo mode, where the demo accounts are. */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final DemoMode demoMode;
	private final Environment environment;

	StartupAnnouncement(DemoMode demoMode, Environment environment) {
		this.demoMode = demoMode;
		this.environment = environment;
	}

	@EventListener
	void announce(ApplicationReadyEvent event) {
		int port = event.getApplicationContext() instanceof WebServerApplicationContext web
				? web.getWebServer().getPort() : environment.getProperty("server.port", Integer.class, 8080);
		log.info("Veiligheidshuis draait op http://localhost:{}/", port);
		if (demoMode.isEnabled()) {
			Path credentials = Path.of(environment.getRequiredProperty("vh.demo.credentials-file"));
			if (Files.exists(credentials)) {
				log.info("Demomodus: demo-accounts en wachtwoord staan in {}", credentials);
			}
			else {
				log.info("Demomodus: de demo-accounts gebruiken het wachtwoord uit vh.demo.password");
			}
			Path apiTokens = Path.of(environment.getRequiredProperty("vh.demo.api-tokens-file"));
			if (Files.exists(apiTokens)) {
				log.info("Demomodus: API-tokens van de demo-accounts staan in {}", apiTokens);
			}
		}
	}
}
