package nl.veiligheidshuis.privacy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a scheduled job in the table privacy_job_lock, so that of several application nodes on one
 * database only one runs the job (DESIGN.md §5). Taking it is one conditional UPDATE in its own
 * transaction: of two nodes at once the second waits for the first's row lock and then finds the lease
 * taken. The database's clock decides, not the application's (which tests fix at other dates). A crashed
 * node's lease runs out by itself after {@code lease}; a job longer than its lease must {@link #extend} it.
 */
@Component
class JobLock {

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The token of the lease, or empty when another node holds it. Must not run inside a transaction. */
	Optional<String> tryAcquire(String job, Duration lease) {
		String token = NODE + "/" + UUID.randomUUID();
		int taken = jdbc.sql("""
				UPDATE privacy_job_lock
				SET locked_until = clock_timestamp() + make_interval(secs => :seconds), locked_at = clock_timestamp(),
				    locked_by = :token
				WHERE name = :job AND locked_until <= clock_timestamp()""")
			.param("seconds", lease.toSeconds())
			.param("token", token)
			.param("job", job)
			.update();
		return taken == 1 ? Optional.of(token) : Optional.empty();
	}

	/** Lengthens a held lease; false when it was lost (ran out and another node took it). */
	boolean extend(String job, String token, Duration lease) {
		return jdbc.sql("""
				UPDATE privacy_job_lock SET locked_until = clock_timestamp() + make_interval(secs => :seconds)
				WHERE name = :job AND locked_by = :token""")
			.param("seconds", lease.toSeconds())
			.param("job", job)
			.param("token", token)
			.update() == 1;
	}

	void release(String job, String token) {
		jdbc.sql("UPDATE privacy_job_lock SET locked_until = clock_timestamp() WHERE name = :job AND locked_by = :token")
			.param("job", job)
			.param("token", token)
			.update();
	}

	static String node() {
		return NODE;
	}
}
