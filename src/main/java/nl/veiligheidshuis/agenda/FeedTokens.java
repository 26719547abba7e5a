package nl.veiligheidshuis.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.platform.UserProfile;

/**
 * The secret address of a user's agenda feed, so a calendar app can subscribe without a session: 256 random bits,
 * of which only the SHA-256 is stored. A new secret replaces the old one (the old address stops working). The
 * secret travels as a query parameter, which the request log does not write (it logs the path only).
 */
@Component
class FeedTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Whose feed a secret opens. */
	record Holder(UUID userId, String username) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	FeedTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new secret for the user, replacing any earlier one; shown once. */
	@Transactional
	String renew(UserProfile user, String username) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				INSERT INTO agenda_feed_token (user_id, username, token_hash, created_at) VALUES (:u, :n, :h, :at)
				ON CONFLICT (user_id) DO UPDATE SET username = :n, token_hash = :h, created_at = :at""")
			.param("u", user.id()).param("n", username).param("h", hash(token))
			.param("at", OffsetDateTime.now(clock)).update();
		return token;
	}

	/** Whether the user has a feed address now. */
	boolean exists(UUID userId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agenda_feed_token WHERE user_id = :u)").param("u", userId)
			.query(Boolean.class).single();
	}

	/** Stops the user's feed address. */
	@Transactional
	void revoke(UUID userId) {
		jdbc.sql("DELETE FROM agenda_feed_token WHERE user_id = :u").param("u", userId).update();
	}

	Optional<Holder> holderOf(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT user_id, username FROM agenda_feed_token WHERE token_hash = :h").param("h", hash(token))
			.query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2))).optional();
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
