package nl.veiligheidshuis.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.veiligheidshuis.platform.UserDirectory;

/** The user accounts as the platform's directory of users. */
@Component
class AccountDirectory implements UserDirectory {

	private final UserAccounts accounts;

	AccountDirectory(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<UUID> idOf(String username) {
		try {
			return Optional.of(((SignedInUser) accounts.loadUserByUsername(username)).id());
		}
		catch (UsernameNotFoundException unknown) {
			return Optional.empty();
		}
	}

	@Override
	public java.util.List<Member> withRole(String role) {
		Role wanted = Role.valueOf(role);
		return accounts.list().stream()
			.filter(account -> account.enabled() && account.roles().contains(wanted))
			.map(account -> new Member(account.id(), account.displayName(), account.organisationName()))
			.toList();
	}

	@Override
	public java.util.List<Member> inOrganisation(UUID organisation, String role) {
		Role wanted = Role.valueOf(role);
		return accounts.list().stream()
			.filter(account -> account.enabled() && account.roles().contains(wanted)
					&& account.organisationId().equals(organisation))
			.map(account -> new Member(account.id(), account.displayName(), account.organisationName()))
			.toList();
	}
}
