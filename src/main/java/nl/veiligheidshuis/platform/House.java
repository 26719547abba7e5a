package nl.veiligheidshuis.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The house this deployment serves: its name is shown in every page header. The name is read at most every
 * {@link #KEPT} per node (a query per page view was a transaction of its own on every request); a rename shows at
 * once on the node that made it and within that time on the others.
 */
@Service
public class House {

	/** Shown until a house has been named, e.g. on a fresh production database. */
	static final String UNNAMED = "Veiligheidshuis";

	static final Duration KEPT = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final Clock clock;

	private record Read(String name, Instant at) {
	}

	private volatile Read last = new Read(UNNAMED, Instant.MIN);

	House(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String name() {
		Read read = last;
		Instant now = clock.instant();
		if (read.at().plus(KEPT).isBefore(now) || read.at().isAfter(now)) {
			read = new Read(jdbc.sql("SELECT name FROM platform_house").query(String.class).optional().orElse(UNNAMED), now);
			last = read;
		}
		return read.name();
	}

	@Transactional
	public void rename(String name) {
		jdbc.sql("""
				INSERT INTO platform_house (id, name, updated_at) VALUES (1, :name, :now)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at""")
			.param("name", name)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// A page served before the commit may have read the old name again.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	private void forget() {
		last = new Read(UNNAMED, Instant.MIN);
	}
}
