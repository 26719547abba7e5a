package nl.veiligheidshuis.platform;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The house this deployment serves: its name is shown in every page header. */
@Service
public class House {

	/** Shown until a house has been named, e.g. on a fresh production database. */
	static final String UNNAMED = "Veiligheidshuis";

	private final JdbcClient jdbc;
	private final Clock clock;

	House(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public String name() {
		return jdbc.sql("SELECT name FROM platform_house").query(String.class).optional().orElse(UNNAMED);
	}

	@Transactional
	public void rename(String name) {
		jdbc.sql("""
				INSERT INTO platform_house (id, name, updated_at) VALUES (1, :name, :now)
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at""")
			.param("name", name)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}
}
