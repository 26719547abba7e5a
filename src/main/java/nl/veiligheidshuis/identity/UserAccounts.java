package nl.veiligheidshuis.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/** The user accounts of the house and the look-up used at login. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final PartnerOrganisations partners;
	private final Clock clock;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, PartnerOrganisations partners, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.partners = partners;
		this.clock = clock;
	}

	/** Creates an account; the password is stored only as a hash. */
	@Transactional
	public UUID create(String username, String displayName, PartnerOrganisationId organisation, Set<Role> roles,
			String password) {
		if (partners.nameOf(organisation).isEmpty()) {
			throw new IllegalArgumentException("Unknown partner organisation " + organisation.value());
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO identity_user_account (id, username, display_name, organisation_id, password_hash, created_at)
				VALUES (:id, :username, :displayName, :organisation, :hash, :now)""")
			.param("id", id)
			.param("username", username)
			.param("displayName", displayName)
			.param("organisation", organisation.value())
			.param("hash", passwordEncoder.encode(password))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO identity_user_role (user_account_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return jdbc.sql("SELECT count(*) FROM identity_user_account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	private Optional<SignedInUser> find(String username) {
		record Row(UUID id, String username, String displayName, UUID organisationId, String passwordHash,
				boolean enabled) {
		}
		return jdbc.sql("""
				SELECT id, username, display_name, organisation_id, password_hash, enabled
				FROM identity_user_account WHERE username = :username""")
			.param("username", username)
			.query(Row.class)
			.optional()
			.map(row -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				jdbc.sql("SELECT role FROM identity_user_role WHERE user_account_id = :id")
					.param("id", row.id())
					.query(String.class)
					.list()
					.forEach(role -> roles.add(Role.valueOf(role)));
				PartnerOrganisationId organisation = new PartnerOrganisationId(row.organisationId());
				String organisationName = partners.nameOf(organisation).orElse("");
				return new SignedInUser(row.id(), row.username(), row.displayName(), organisation, organisationName,
						roles, row.enabled(), row.passwordHash());
			});
	}
}
