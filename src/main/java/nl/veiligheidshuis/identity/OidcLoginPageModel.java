package nl.veiligheidshuis.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the login page shows of OIDC login: the button (only with a provider configured) and the Dutch
 * message after a refused or failed login at the provider. Kept apart from {@link LoginController}.
 */
@ControllerAdvice(assignableTypes = LoginController.class)
class OidcLoginPageModel {

	private final OidcLogin oidcLogin;

	OidcLoginPageModel(OidcLogin oidcLogin) {
		this.oidcLogin = oidcLogin;
	}

	@ModelAttribute("oidcEnabled")
	boolean oidcEnabled() {
		return oidcLogin.enabled();
	}

	@ModelAttribute("oidcProvider")
	@Nullable
	String oidcProvider() {
		return oidcLogin.providerName();
	}

	@ModelAttribute("oidcRefused")
	boolean oidcRefused(@RequestParam(name = OidcLogin.REFUSED_PARAMETER, required = false) @Nullable String refused) {
		return refused != null;
	}

	@ModelAttribute("oidcFailed")
	boolean oidcFailed(@RequestParam(name = OidcLogin.FAILED_PARAMETER, required = false) @Nullable String failed) {
		return failed != null;
	}
}
