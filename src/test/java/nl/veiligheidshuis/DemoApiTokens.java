package nl.veiligheidshuis;

import java.time.LocalDate;

import nl.veiligheidshuis.identity.ApiTokens;
import nl.veiligheidshuis.identity.SignedInUser;
import nl.veiligheidshuis.identity.UserAccounts;

/**
 * Personal API tokens for the demo accounts in tests. The seeded demo tokens are random and only in a
 * file, so tests make their own through the identity module's service.
 */
public final class DemoApiTokens {

	private DemoApiTokens() {
	}

	/** An {@code Authorization} header value with a new token of the demo account, valid for 30 days. */
	public static String bearer(ApiTokens apiTokens, UserAccounts accounts, String username) {
		SignedInUser user = (SignedInUser) accounts.loadUserByUsername(username);
		return HttpTestClient.bearer(apiTokens.create(user, "Test", LocalDate.now().plusDays(30)).value());
	}
}
