package nl.veiligheidshuis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import nl.veiligheidshuis.persons.linkage.LinkageCommand;

/** The Veiligheidshuis application: one deployment serves one house. */
@SpringBootApplication
@EnableScheduling
public class VeiligheidshuisApplication {

	public static void main(String[] args) {
		if (LinkageCommand.matches(args)) {
			// No Spring context: linkage needs neither the database nor the web server.
			System.exit(LinkageCommand.run(System.out, System.err, args));
		}
		if (AuditVerifyCommand.matches(args)) {
			System.exit(AuditVerifyCommand.run(System.out, args));
		}
		SpringApplication.run(VeiligheidshuisApplication.class, args);
	}
}
