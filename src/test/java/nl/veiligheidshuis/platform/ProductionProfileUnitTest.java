package nl.veiligheidshuis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionProfileUnitTest {

	private static MockEnvironment complete() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/vh")
			.withProperty("spring.datasource.password", "uit-de-omgeving")
			.withProperty("vh.mail.base-url", "https://vh.example")
			.withProperty("vh.reporting.pseudonym-key", PSEUDONYM_KEY);
	}

	private static final String PSEUDONYM_KEY = "een-willekeurige-geheime-sleutel-van-46-tekens";

	private static final Map<String, String> VARIABLES = Map.of("VH_DB_PASSWORD", "uit-de-omgeving", "VH_OIDC_CLIENT_SECRET",
			"geheim", "VH_REPORTING_PSEUDONYM_KEY", PSEUDONYM_KEY);

	@Test
	void a_complete_production_setting_starts() {
		assertThat(ProductionProfile.problems(complete(), VARIABLES::get)).isEmpty();
	}

	@Test
	void every_problem_is_listed_at_once() {
		MockEnvironment environment = new MockEnvironment().withProperty("vh.demo.enabled", "true")
			.withProperty("vh.security.totp-required", "false")
			.withProperty("vh.mail.base-url", "http://vh.example");

		assertThat(ProductionProfile.problems(environment, name -> null)).hasSize(6)
			.anySatisfy(p -> assertThat(p).contains("VH_DB_URL"))
			.anySatisfy(p -> assertThat(p).contains("VH_DEMO"))
			.anySatisfy(p -> assertThat(p).contains("TOTP"))
			.anySatisfy(p -> assertThat(p).contains("VH_DB_PASSWORD ontbreekt"))
			.anySatisfy(p -> assertThat(p).contains("VH_REPORTING_PSEUDONYM_KEY ontbreekt"))
			.anySatisfy(p -> assertThat(p).contains("https://"));
	}

	@Test
	void a_password_not_from_the_environment_is_refused() {
		assertThat(ProductionProfile.problems(complete(), name -> name.equals("VH_DB_PASSWORD") ? null : VARIABLES.get(name)))
			.containsExactly("Het geheim VH_DB_PASSWORD komt niet uit de omgevingsvariabele VH_DB_PASSWORD.");
	}

	@Test
	void the_pseudonym_key_must_be_set_secret_and_long_enough() {
		MockEnvironment without = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/vh")
			.withProperty("spring.datasource.password", "uit-de-omgeving").withProperty("vh.mail.base-url", "https://vh.example");
		assertThat(ProductionProfile.problems(without, VARIABLES::get))
			.containsExactly(ProductionProfile.MISSING_PSEUDONYM_KEY);

		for (String key : new String[] { "x".repeat(31), "x".repeat(32) }) {
			MockEnvironment environment = complete().withProperty("vh.reporting.pseudonym-key", key);
			List<String> problems = ProductionProfile.problems(environment,
					name -> name.equals("VH_REPORTING_PSEUDONYM_KEY") ? key : VARIABLES.get(name));
			if (key.length() < 32) {
				assertThat(problems).containsExactly(ProductionProfile.SHORT_PSEUDONYM_KEY);
			}
			else {
				assertThat(problems).isEmpty();
			}
		}

		assertThat(ProductionProfile.problems(complete(), name -> name.equals("VH_REPORTING_PSEUDONYM_KEY") ? null
				: VARIABLES.get(name)))
			.containsExactly("Het geheim VH_REPORTING_PSEUDONYM_KEY komt niet uit de omgevingsvariabele VH_REPORTING_PSEUDONYM_KEY.");
	}

	@Test
	void oidc_needs_the_statement_that_the_provider_demands_a_second_factor() {
		MockEnvironment environment = complete().withProperty("vh.oidc.issuer-uri", "https://sso.example/realms/vh")
			.withProperty("vh.oidc.client-secret", "geheim");
		assertThat(ProductionProfile.problems(environment, VARIABLES::get)).singleElement()
			.satisfies(p -> assertThat(p).contains("VH_OIDC_MFA_ENFORCED"));

		environment.setProperty("vh.oidc.mfa-enforced", "true");
		assertThat(ProductionProfile.problems(environment, VARIABLES::get)).isEmpty();
	}
}
