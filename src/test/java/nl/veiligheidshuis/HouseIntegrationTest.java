package nl.veiligheidshuis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port and an embedded PostgreSQL with demo data. All tests with this
 * annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = UniqueHomeInitializer.class)
public @interface HouseIntegrationTest {

	/** Password of the demo accounts in tests (application-test.yml). */
	String DEMO_PASSWORD = "test-demo-wachtwoord";
}
