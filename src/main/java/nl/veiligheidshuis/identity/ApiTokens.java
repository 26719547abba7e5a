package nl.veiligheidshuis.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens of local accounts: {@code vh_} and 32 random bytes in base64url, shown once, stored
 * only as a SHA-256 hash (enough for a token with 256 bits of entropy: there is nothing to guess), valid
 * through an expiry date at most a year ahead, revocable by the owner. A token acts as its owner with
 * the owner's current roles; a disabled or locked account's tokens stop working.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "vh_";
	/** The longest a token may be valid: one year from the day it is made. */
	public static final int MAX_VALIDITY_YEARS = 1;
	/** Last use is written at most this often per token, so a busy client does not write on every call. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final UserAccounts accounts;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A token just made: its value is known only now, to show it once. */
	public record NewApiToken(UUID id, String value) {
	}

	/** The clock tokens are dated by, for the form's default and bounds. */
	Clock clock() {
		return clock;
	}

	/** The last expiry date allowed for a token made today. */
	public LocalDate latestExpiryDate() {
		return LocalDate.now(clock).plusYears(MAX_VALIDITY_YEARS);
	}

	/** Whether a token made today may expire on this date: after today, at most a year ahead. */
	public boolean isAllowedExpiryDate(LocalDate expiresOn) {
		return expiresOn.isAfter(LocalDate.now(clock)) && !expiresOn.isAfter(latestExpiryDate());
	}

	@Transactional
	public NewApiToken create(SignedInUser owner, String name, LocalDate expiresOn) {
		if (!owner.localAccount()) {
			throw new IllegalArgumentException("API tokens are for local accounts only");
		}
		if (!isAllowedExpiryDate(expiresOn)) {
			throw new IllegalArgumentException("Expiry date outside the allowed range: " + expiresOn);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO identity_api_token (id, user_account_id, name, token_hash, created_at, expires_on, expires_at)
				VALUES (:id, :owner, :name, :hash, :now, :expiresOn, :expiresAt)""")
			.param("id", id)
			.param("owner", owner.id())
			.param("name", name.strip())
			.param("hash", hash(value))
			.param("now", now)
			.param("expiresOn", expiresOn)
			.param("expiresAt", expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.update();
		return new NewApiToken(id, value);
	}

	/** The owner's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiToken> of(SignedInUser owner) {
		record Row(UUID id, String name, OffsetDateTime createdAt, LocalDate expiresOn, OffsetDateTime expiresAt,
				@Nullable OffsetDateTime lastUsedAt, @Nullable OffsetDateTime revokedAt) {
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				SELECT id, name, created_at, expires_on, expires_at, last_used_at, revoked_at
				FROM identity_api_token WHERE user_account_id = :owner ORDER BY created_at DESC, name""")
			.param("owner", owner.id())
			.query(Row.class)
			.list()
			.stream()
			.map(row -> new ApiToken(row.id(), row.name(), row.createdAt().toInstant(), row.expiresOn(),
					row.lastUsedAt() == null ? null : row.lastUsedAt().toInstant(),
					row.revokedAt() == null ? null : row.revokedAt().toInstant(),
					row.revokedAt() != null ? ApiToken.Status.REVOKED
							: row.expiresAt().toInstant().isAfter(now) ? ApiToken.Status.VALID : ApiToken.Status.EXPIRED))
			.toList();
	}

	/** Revokes one of the owner's tokens; false when the owner has no such token not yet revoked. */
	@Transactional
	public boolean revoke(SignedInUser owner, UUID tokenId) {
		return jdbc.sql("""
				UPDATE identity_api_token SET revoked_at = :now
				WHERE id = :id AND user_account_id = :owner AND revoked_at IS NULL""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", tokenId)
			.param("owner", owner.id())
			.update() == 1;
	}

	/**
	 * The owner of a valid token, with their current roles; empty for an unknown, expired or revoked
	 * token and for an account that is disabled or locked.
	 */
	@Transactional
	public Optional<SignedInUser> authenticate(String value) {
		record Row(UUID id, UUID userAccountId, String username) {
		}
		Instant now = clock.instant();
		Optional<Row> token = jdbc.sql("""
				SELECT t.id, t.user_account_id, a.username
				FROM identity_api_token t JOIN identity_user_account a ON a.id = t.user_account_id
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now""")
			.param("hash", hash(value))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Row.class)
			.optional();
		return token.flatMap(row -> owner(row.username(), row.userAccountId())).map(user -> {
			jdbc.sql("""
					UPDATE identity_api_token SET last_used_at = :now
					WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :earlier)""")
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("earlier", now.minus(LAST_USED_PRECISION).atOffset(ZoneOffset.UTC))
				.param("id", token.get().id())
				.update();
			return user;
		});
	}

	private Optional<SignedInUser> owner(String username, UUID accountId) {
		try {
			SignedInUser user = (SignedInUser) accounts.loadUserByUsername(username);
			new AccountStatusUserDetailsChecker().check(user);
			user.eraseCredentials();
			return user.id().equals(accountId) ? Optional.of(user) : Optional.empty();
		}
		catch (UsernameNotFoundException | AccountStatusException e) {
			return Optional.empty();
		}
	}

	private static String hash(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
