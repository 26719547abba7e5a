package nl.veiligheidshuis.platform;

import org.springframework.core.Ordered;

/**
 * A module's synthetic demo data. Each module that has something to show registers one seeder bean;
 * {@link DemoDataSeeding} runs each seeder once per database (in demo mode only), in {@link #getOrder()}
 * order, each in its own transaction. Seeders must only create synthetic data.
 */
public interface DemoDataSeeder extends Ordered {

	/** Stable name under which the seeding is recorded; changing it seeds again. */
	String name();

	/** Creates the demo data through the module's own services. */
	void seed();
}
