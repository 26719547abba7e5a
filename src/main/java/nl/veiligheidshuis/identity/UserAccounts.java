package nl.veiligheidshuis.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * The user accounts of the house: creation and administration, the look-up used at login, lock-out
 * after repeated failures and the TOTP second factor's stored state.
 */
@Service
public class UserAccounts implements UserDetailsService {

	/** One account as the functional administrator sees it (never the password hash or TOTP secret). */
	public record UserAccountSummary(UUID id, String username, String displayName, UUID organisationId,
			String organisationName, Set<Role> roles, boolean enabled, boolean locked, boolean totpEnrolled,
			@Nullable OffsetDateTime lastLoginAt, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final PasswordPolicy passwordPolicy;
	private final PartnerOrganisations partners;
	private final UserSessions sessions;
	private final Clock clock;
	private final int maxFailedAttempts;
	private final Duration lockoutCoolDown;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			PartnerOrganisations partners, UserSessions sessions, Clock clock,
			@Value("${vh.security.lockout.max-attempts:10}") int maxFailedAttempts,
			@Value("${vh.security.lockout.cool-down:15m}") Duration lockoutCoolDown) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.partners = partners;
		this.sessions = sessions;
		this.clock = clock;
		this.maxFailedAttempts = maxFailedAttempts;
		this.lockoutCoolDown = lockoutCoolDown;
	}

	/** Creates an account; the password must satisfy the {@link PasswordPolicy} and is stored only as a hash. */
	@Transactional
	public UUID create(String username, String displayName, PartnerOrganisationId organisation, Set<Role> roles,
			String password) {
		requireKnown(organisation);
		requireAcceptable(password, username);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_user_account (id, username, display_name, organisation_id, password_hash,
				  created_at, password_changed_at)
				VALUES (:id, :username, :displayName, :organisation, :hash, :now, :now)""")
			.param("id", id)
			.param("username", username)
			.param("displayName", displayName)
			.param("organisation", organisation.value())
			.param("hash", passwordEncoder.encode(password))
			.param("now", now())
			.update();
		replaceRoles(id, roles);
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return jdbc.sql("SELECT count(*) FROM identity_user_account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The login look-up. A locked account is refused before its password is checked; the login page
	 * shows the same message for every failure, so nobody learns whether an account exists or is locked.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return signedInUser(row(username).orElseThrow(() -> new UsernameNotFoundException("No such account")));
	}

	/** The account as a principal, for a login that did not go through the password form. */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> signedInUser(UUID id) {
		return row(id).map(this::signedInUser);
	}

	/** Counts a failed password or second-factor attempt; the account locks for a cool-down at the limit. */
	@Transactional
	public void recordFailedAttempt(String username) {
		jdbc.sql("""
				UPDATE identity_user_account
				SET failed_attempts = failed_attempts + 1,
				    locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockedUntil ELSE locked_until END
				WHERE username = :username""")
			.param("max", maxFailedAttempts)
			.param("lockedUntil", clock.instant().plus(lockoutCoolDown).atOffset(ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

	/** A completed login (all factors): the failure count starts again and the access review sees the date. */
	@Transactional
	public void recordSuccessfulLogin(UUID id) {
		jdbc.sql("""
				UPDATE identity_user_account SET failed_attempts = 0, locked_until = NULL, last_login_at = :now
				WHERE id = :id""")
			.param("now", now())
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<String> totpSecret(UUID id) {
		return jdbc.sql("SELECT totp_secret FROM identity_user_account WHERE id = :id AND totp_secret IS NOT NULL")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Marks a TOTP time step as used. Returns false when that step (or a later one) was already used, so
	 * an intercepted or replayed code is refused. With {@code newSecret}, enrols the user at the same time.
	 */
	@Transactional
	boolean useTotpStep(UUID id, long step, @Nullable String newSecret) {
		return jdbc.sql("""
				UPDATE identity_user_account
				SET totp_last_step = :step, totp_secret = COALESCE(:secret, totp_secret)
				WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
			.param("step", step)
			.param("secret", newSecret)
			.param("id", id)
			.update() == 1;
	}

	/** The enabled accounts with a role, e.g. every house manager to notify. */
	@Transactional(readOnly = true)
	public List<UUID> idsWithRole(Role role) {
		return jdbc.sql("""
				SELECT a.id FROM identity_user_account a JOIN identity_user_role r ON r.user_account_id = a.id
				WHERE r.role = :role AND a.enabled""")
			.param("role", role.name())
			.query(UUID.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<UserAccountSummary> list() {
		Map<UUID, String> organisations = partners.all().stream()
			.collect(Collectors.toMap(p -> p.id().value(), p -> p.name()));
		// All roles in one query, not one query per account.
		Map<UUID, Set<Role>> roles = new java.util.HashMap<>();
		jdbc.sql("SELECT user_account_id, role FROM identity_user_role")
			.query((rs, n) -> roles.computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(rs.getString(2))))
			.list();
		return jdbc.sql(AccountRow.SELECT + " ORDER BY display_name, username")
			.query(AccountRow.class)
			.list()
			.stream()
			.map(row -> summary(row, organisations.getOrDefault(row.organisationId(), ""),
					roles.getOrDefault(row.id(), EnumSet.noneOf(Role.class))))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserAccountSummary> find(UUID id) {
		return row(id).map(row -> summary(row,
				partners.nameOf(new PartnerOrganisationId(row.organisationId())).orElse(""), roles(row.id())));
	}

	@Transactional
	public void update(UUID id, String displayName, PartnerOrganisationId organisation, Set<Role> roles) {
		requireKnown(organisation);
		jdbc.sql("UPDATE identity_user_account SET display_name = :name, organisation_id = :organisation WHERE id = :id")
			.param("name", displayName)
			.param("organisation", organisation.value())
			.param("id", id)
			.update();
		replaceRoles(id, roles);
		// New roles or another organisation change what the user may see: sign them in again.
		row(id).ifPresent(row -> sessions.endAll(row.username()));
	}

	/** Disables the account and ends all its sessions at once. */
	@Transactional
	public void disable(UUID id) {
		jdbc.sql("UPDATE identity_user_account SET enabled = FALSE, disabled_at = :now WHERE id = :id")
			.param("now", now())
			.param("id", id)
			.update();
		row(id).ifPresent(row -> sessions.endAll(row.username()));
	}

	@Transactional
	public void enable(UUID id) {
		jdbc.sql("UPDATE identity_user_account SET enabled = TRUE, disabled_at = NULL WHERE id = :id").param("id", id).update();
	}

	@Transactional
	public void unlock(UUID id) {
		jdbc.sql("UPDATE identity_user_account SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	/** The user enrols again at the next login (lost phone). */
	@Transactional
	public void resetTotp(UUID id) {
		jdbc.sql("UPDATE identity_user_account SET totp_secret = NULL, totp_last_step = NULL WHERE id = :id")
			.param("id", id)
			.update();
		row(id).ifPresent(row -> sessions.endAll(row.username()));
	}

	@Transactional
	public void changePassword(UUID id, String password) {
		AccountRow row = row(id).orElseThrow();
		requireAcceptable(password, row.username());
		jdbc.sql("UPDATE identity_user_account SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
			.param("hash", passwordEncoder.encode(password))
			.param("now", now())
			.param("id", id)
			.update();
	}

	private void requireKnown(PartnerOrganisationId organisation) {
		if (partners.nameOf(organisation).isEmpty()) {
			throw new IllegalArgumentException("Unknown partner organisation " + organisation.value());
		}
	}

	private void requireAcceptable(String password, String username) {
		List<String> violations = passwordPolicy.violations(password, username);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("Password refused: " + violations);
		}
	}

	private void replaceRoles(UUID id, Set<Role> roles) {
		jdbc.sql("DELETE FROM identity_user_role WHERE user_account_id = :id").param("id", id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO identity_user_role (user_account_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	record AccountRow(UUID id, String username, String displayName, UUID organisationId, String passwordHash,
			boolean enabled, @Nullable OffsetDateTime lockedUntil, @Nullable String totpSecret,
			@Nullable OffsetDateTime lastLoginAt, OffsetDateTime createdAt) {

		static final String SELECT = """
				SELECT id, username, display_name, organisation_id, password_hash, enabled, locked_until, totp_secret,
				       last_login_at, created_at
				FROM identity_user_account""";
	}

	private Optional<AccountRow> row(String username) {
		return jdbc.sql(AccountRow.SELECT + " WHERE username = :username")
			.param("username", username)
			.query(AccountRow.class)
			.optional();
	}

	private Optional<AccountRow> row(UUID id) {
		return jdbc.sql(AccountRow.SELECT + " WHERE id = :id").param("id", id).query(AccountRow.class).optional();
	}

	private Set<Role> roles(UUID id) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.sql("SELECT role FROM identity_user_role WHERE user_account_id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(Role.valueOf(role)));
		return roles;
	}

	private SignedInUser signedInUser(AccountRow row) {
		PartnerOrganisationId organisation = new PartnerOrganisationId(row.organisationId());
		String organisationName = partners.nameOf(organisation).orElse("");
		return new SignedInUser(row.id(), row.username(), row.displayName(), organisation, organisationName,
				roles(row.id()), row.enabled(), locked(row), row.passwordHash());
	}

	private boolean locked(AccountRow row) {
		return row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
	}

	private UserAccountSummary summary(AccountRow row, String organisationName, Set<Role> roles) {
		return new UserAccountSummary(row.id(), row.username(), row.displayName(), row.organisationId(),
				organisationName, roles, row.enabled(), locked(row), row.totpSecret() != null, row.lastLoginAt(),
				row.createdAt());
	}
}
