package nl.veiligheidshuis.platform;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.OrderComparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the modules' {@link DemoDataSeeder}s on start-up in demo mode, each once per database. */
@Component
class DemoDataSeeding implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeding.class);

	private final DemoMode demoMode;
	private final List<DemoDataSeeder> seeders;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoDataSeeding(DemoMode demoMode, List<DemoDataSeeder> seeders, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.demoMode = demoMode;
		this.seeders = seeders.stream().sorted(OrderComparator.INSTANCE).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled()) {
			return;
		}
		for (DemoDataSeeder seeder : seeders) {
			transactions.executeWithoutResult(status -> {
				// The insert both records the seeding and, through the primary key, keeps two nodes
				// starting at once from seeding the same module twice.
				int claimed = jdbc.sql("""
						INSERT INTO platform_demo_seeding (seeder, seeded_at) VALUES (:seeder, :now)
						ON CONFLICT (seeder) DO NOTHING""")
					.param("seeder", seeder.name())
					.param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
					.update();
				if (claimed == 1) {
					log.info("Demodata gezaaid: {}", seeder.name());
					seeder.seed();
				}
			});
		}
	}
}
