package nl.veiligheidshuis.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.veiligheidshuis.platform.House;

/** The TOTP step of the login: enrolment with a QR code on first login, a code on every later one. */
@Controller
class SecondFactorController {

	private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactor secondFactor;
	private final LoginFlow loginFlow;
	private final UserAccounts accounts;
	private final House house;
	private final ApplicationEventPublisher events;

	SecondFactorController(SecondFactor secondFactor, LoginFlow loginFlow, UserAccounts accounts, House house,
			ApplicationEventPublisher events) {
		this.secondFactor = secondFactor;
		this.loginFlow = loginFlow;
		this.accounts = accounts;
		this.house = house;
		this.events = events;
	}

	@GetMapping(LoginFlow.SECOND_FACTOR_PATH)
	String codeForm(@RequestParam(name = "fout", required = false) String failed, Authentication authentication,
			Model model) {
		if (!secondFactor.enrolled(pending(authentication))) {
			return "redirect:" + LoginFlow.ENROL_PATH;
		}
		model.addAttribute("codeFailed", failed != null);
		return "identity/second-factor";
	}

	@PostMapping(LoginFlow.SECOND_FACTOR_PATH)
	String verify(@RequestParam(name = "code", defaultValue = "") String code, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		SignedInUser user = pending(authentication);
		if (secondFactor.verify(user, code)) {
			loginFlow.complete(user, request, response);
			return null;
		}
		return failed(user, authentication, request, response, LoginFlow.SECOND_FACTOR_PATH);
	}

	@GetMapping(LoginFlow.ENROL_PATH)
	String enrolForm(@RequestParam(name = "fout", required = false) String failed, Authentication authentication,
			HttpSession session, Model model) {
		SignedInUser user = pending(authentication);
		if (secondFactor.enrolled(user)) {
			return "redirect:" + LoginFlow.SECOND_FACTOR_PATH;
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qrCode", TotpQrCode.svg(TotpQrCode.otpauthUri(house.name(), user.getUsername(), secret),
				"QR-code voor de authenticator-app"));
		model.addAttribute("codeFailed", failed != null);
		return "identity/second-factor-enrol";
	}

	@PostMapping(LoginFlow.ENROL_PATH)
	String enrol(@RequestParam(name = "code", defaultValue = "") String code, Authentication authentication,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) throws IOException {
		SignedInUser user = pending(authentication);
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret != null && secondFactor.enrol(user, secret, code)) {
			session.removeAttribute(PENDING_SECRET);
			loginFlow.complete(user, request, response);
			return null;
		}
		return failed(user, authentication, request, response, LoginFlow.ENROL_PATH);
	}

	/** A wrong code counts towards lock-out; once locked, the half-login ends. */
	private String failed(SignedInUser user, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, String retryPath) {
		accounts.recordFailedAttempt(user.getUsername());
		events.publishEvent(new SecondFactorRejected(user));
		if (!accounts.loadUserByUsername(user.getUsername()).isAccountNonLocked()) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			return "redirect:/login?error";
		}
		return "redirect:" + retryPath + "?fout";
	}

	private static SignedInUser pending(Authentication authentication) {
		return ((SecondFactorPendingAuthentication) authentication).user();
	}
}
