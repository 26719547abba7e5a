package nl.veiligheidshuis.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The production profile ({@code SPRING_PROFILES_ACTIVE=prod}, docs/operations.md) refuses to start, before
 * any other bean is made (no embedded database, no migration), unless the deployment is one we support:
 * an external PostgreSQL ({@code VH_DB_URL}); no demo mode; a second factor for every login (TOTP for local
 * accounts, and with OIDC the operator's statement {@code VH_OIDC_MFA_ENFORCED=true} that the provider
 * demands one, since the application does not read the provider's authentication methods); secrets from
 * the environment (the database password, the key of the reporting pseudonyms, and the OIDC client secret when
 * there is one, not from a command-line argument or a file in the jar); and an {@code https} base URL (TLS ends at the reverse proxy).
 * Every problem is listed in one message.
 */
@Component
@Profile("prod")
class ProductionProfile implements BeanFactoryPostProcessor, EnvironmentAware {

	private @Nullable Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems(java.util.Objects.requireNonNull(environment), System::getenv);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Productieprofiel: de toepassing start niet. " + String.join(" ", problems));
		}
	}

	static final String MISSING_PSEUDONYM_KEY = "Het geheim VH_REPORTING_PSEUDONYM_KEY ontbreekt: zonder eigen sleutel zijn de"
			+ " pseudoniemen in de rapportages na te rekenen. Stel een willekeurige sleutel van minstens 32 tekens in"
			+ " (bijvoorbeeld openssl rand -base64 48).";
	static final String SHORT_PSEUDONYM_KEY = "De sleutel VH_REPORTING_PSEUDONYM_KEY is korter dan 32 tekens; kies een willekeurige,"
			+ " geheime sleutel (bijvoorbeeld openssl rand -base64 48).";

	static List<String> problems(Environment environment, UnaryOperator<@Nullable String> variables) {
		List<String> problems = new ArrayList<>();
		if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			problems.add("Er is geen externe PostgreSQL ingesteld (VH_DB_URL); de ingebedde database is alleen voor ontwikkeling en demo.");
		}
		if ("true".equalsIgnoreCase(trimmed(environment.getProperty("vh.demo.enabled")))) {
			problems.add("De demomodus staat aan (VH_DEMO=true).");
		}
		if ("false".equalsIgnoreCase(trimmed(environment.getProperty("vh.security.totp-required")))) {
			problems.add("De tweede factor (TOTP) voor lokale accounts staat uit (VH_SECURITY_TOTP_REQUIRED=false).");
		}
		boolean oidc = StringUtils.hasText(environment.getProperty("vh.oidc.issuer-uri"));
		if (oidc && !"true".equalsIgnoreCase(trimmed(environment.getProperty("vh.oidc.mfa-enforced")))) {
			problems.add("OIDC is ingesteld zonder de verklaring dat de inlogdienst een tweede factor eist (VH_OIDC_MFA_ENFORCED=true).");
		}
		fromEnvironment(environment, variables, "spring.datasource.password", "VH_DB_PASSWORD", true, problems);
		if (oidc) {
			fromEnvironment(environment, variables, "vh.oidc.client-secret", "VH_OIDC_CLIENT_SECRET", false, problems);
		}
		// The reporting read model's pseudonyms (HMAC of the person id): with the demo key, which is in the repository,
		// anyone holding person ids could recompute them and link the pseudonymous tables back to persons.
		fromEnvironment(environment, variables, "vh.reporting.pseudonym-key", "VH_REPORTING_PSEUDONYM_KEY", false, problems);
		String pseudonymKey = environment.getProperty("vh.reporting.pseudonym-key");
		if (!StringUtils.hasText(pseudonymKey)) {
			problems.add(MISSING_PSEUDONYM_KEY);
		}
		else if (pseudonymKey.length() < 32) {
			problems.add(SHORT_PSEUDONYM_KEY);
		}
		String migrationPassword = environment.getProperty("vh.db.migration-password");
		if (StringUtils.hasText(migrationPassword)) {
			fromEnvironment(environment, variables, "vh.db.migration-password", "VH_DB_MIGRATION_PASSWORD", true, problems);
		}
		String baseUrl = trimmed(environment.getProperty("vh.mail.base-url"));
		if (baseUrl == null || !baseUrl.startsWith("https://")) {
			problems.add("Het adres van de toepassing (VH_BASE_URL) begint niet met https:// (TLS via de reverse proxy).");
		}
		return problems;
	}

	private static void fromEnvironment(Environment environment, UnaryOperator<@Nullable String> variables, String property,
			String variable, boolean required, List<String> problems) {
		String value = environment.getProperty(property);
		String fromVariable = variables.apply(variable);
		if (!StringUtils.hasText(value)) {
			if (required) {
				problems.add("Het geheim " + variable + " ontbreekt.");
			}
		}
		else if (!value.equals(fromVariable)) {
			problems.add("Het geheim " + variable + " komt niet uit de omgevingsvariabele " + variable + ".");
		}
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null ? null : value.trim();
	}
}
