package nl.veiligheidshuis;

import java.io.PrintStream;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.veiligheidshuis.privacy.AuditChainVerification;
import nl.veiligheidshuis.privacy.AuditChainVerifier;

/**
 * {@code java -jar veiligheidshuis.jar audit verify}: checks the audit chain without a web server, on
 * the database the application would use (the same settings), prints one Dutch line and exits 0 when
 * the chain is intact, 1 when a record is altered or missing, 2 when it could not be checked.
 */
final class AuditVerifyCommand {

	static final int INTACT = 0;
	static final int BROKEN = 1;
	static final int FAILED = 2;

	private AuditVerifyCommand() {
	}

	static boolean matches(String... args) {
		return args.length >= 2 && args[0].equals("audit") && args[1].equals("verify");
	}

	/** The command's work; {@code args} are those of {@code main}, Spring options included. */
	static int run(PrintStream out, String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VeiligheidshuisApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("command")
			.run(args)) {
			AuditChainVerifier verifier = context.getBean(AuditChainVerifier.class);
			AuditChainVerification verification = verifier.verify();
			out.println(verifier.describe(verification));
			return verification.isIntact() ? INTACT : BROKEN;
		}
		catch (RuntimeException e) {
			out.println(ResourceBundle.getBundle("messages", Locale.forLanguageTag("nl")).getString("audit.verify.failed")
					+ " " + e.getClass().getSimpleName());
			return FAILED;
		}
	}
}
