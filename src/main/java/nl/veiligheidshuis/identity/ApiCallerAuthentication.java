package nl.veiligheidshuis.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API caller authenticated by a bearer token (personal API token or the provider's JWT). */
final class ApiCallerAuthentication extends AbstractAuthenticationToken {

	private final SignedInUser user;

	ApiCallerAuthentication(SignedInUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public SignedInUser getPrincipal() {
		return user;
	}

	/** The token is not kept after authentication. */
	@Override
	public Object getCredentials() {
		return "";
	}
}
