package nl.veiligheidshuis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Veiligheidshuis application: one deployment serves one house. */
@SpringBootApplication
@EnableScheduling
public class VeiligheidshuisApplication {

	public static void main(String[] args) {
		if (AuditVerifyCommand.matches(args)) {
			System.exit(AuditVerifyCommand.run(System.out, args));
		}
		SpringApplication.run(VeiligheidshuisApplication.class, args);
	}
}
