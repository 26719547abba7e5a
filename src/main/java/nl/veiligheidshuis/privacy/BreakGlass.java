package nl.veiligheidshuis.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored break-glass grants: who opened which dossier, why, until when. */
@Component
class BreakGlass {

	static final int MINIMUM_REASON = 10;
	static final int MAXIMUM_REASON = 1000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration duration;

	BreakGlass(JdbcClient jdbc, Clock clock, @Value("${vh.privacy.break-glass.duration:1h}") Duration duration) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.duration = duration;
	}

	@Transactional(readOnly = true)
	boolean isActive(UUID userId, UUID trajectoryId) {
		return jdbc.sql("""
				SELECT count(*) FROM privacy_break_glass
				WHERE user_id = :user AND trajectory_id = :trajectory AND expires_at > :now""")
			.param("user", userId)
			.param("trajectory", trajectoryId)
			.param("now", now())
			.query(Long.class)
			.single() > 0;
	}

	/** Records a grant and returns when it ends. */
	@Transactional
	OffsetDateTime grant(UUID userId, UUID trajectoryId, String reason) {
		OffsetDateTime expires = now().plus(duration);
		jdbc.sql("""
				INSERT INTO privacy_break_glass (id, trajectory_id, user_id, reason, granted_at, expires_at)
				VALUES (:id, :trajectory, :user, :reason, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("trajectory", trajectoryId)
			.param("user", userId)
			.param("reason", reason)
			.param("now", now())
			.param("expires", expires)
			.update();
		return expires;
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
