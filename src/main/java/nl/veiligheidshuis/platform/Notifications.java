package nl.veiligheidshuis.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Mijn werk" inbox: short messages for one user, written by any module (a message key of
 * messages_nl.properties with its arguments, and a link to where the work is). Shown on the home page
 * until the user marks them read.
 */
@Service
public class Notifications {

	/** One message as the home page shows it. */
	public record Notification(UUID id, String messageKey, List<String> arguments, @Nullable String link,
			OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void notify(UUID recipient, String messageKey, List<String> arguments, @Nullable String link) {
		jdbc.sql("""
				INSERT INTO platform_notification (id, recipient, message_key, arguments, link, created_at)
				VALUES (:id, :recipient, :key, :arguments, :link, :now)""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("key", messageKey)
			.param("arguments", arguments.toArray(String[]::new))
			.param("link", link)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional(readOnly = true)
	public List<Notification> unreadFor(UUID recipient) {
		return jdbc.sql("""
				SELECT id, message_key, arguments, link, created_at FROM platform_notification
				WHERE recipient = :recipient AND read_at IS NULL ORDER BY created_at DESC LIMIT 50""")
			.param("recipient", recipient)
			.query((rs, rowNum) -> new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
					List.of((String[]) rs.getArray("arguments").getArray()), rs.getString("link"),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	/** Marks a message read; only its recipient can. */
	@Transactional
	public boolean markRead(UUID id, UUID recipient) {
		return jdbc.sql("UPDATE platform_notification SET read_at = :now WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("recipient", recipient)
			.update() == 1;
	}
}
