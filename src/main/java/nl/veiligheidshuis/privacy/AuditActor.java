package nl.veiligheidshuis.privacy;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.veiligheidshuis.identity.Role;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.partners.PartnerOrganisationId;

/**
 * Who acted, as the audit log keeps it: the account, its name, roles and organisation at that moment
 * (copied, so that a later change of the account does not change the record).
 */
public record AuditActor(@Nullable UUID id, String name, Set<Role> roles, @Nullable PartnerOrganisationId organisationId,
		@Nullable String organisationName) {

	/** A typed user name longer than this is cut: it may be a password typed in the wrong field. */
	static final int MAX_TYPED_NAME = 64;

	public AuditActor {
		roles = Set.copyOf(roles);
	}

	public static AuditActor of(SignedInUser user) {
		return new AuditActor(user.id(), user.getUsername(), user.roles(), user.organisationId(), user.organisationName());
	}

	/** Someone not signed in, e.g. at a failed login: only the name as typed, never resolved to an account. */
	public static AuditActor unauthenticated(String typedName) {
		String name = typedName.length() > MAX_TYPED_NAME ? typedName.substring(0, MAX_TYPED_NAME) : typedName;
		return new AuditActor(null, name, Set.of(), null, null);
	}

	/** The application itself, for work no user started (scheduled jobs). */
	public static AuditActor system() {
		return new AuditActor(null, "systeem", Set.of(), null, null);
	}
}
