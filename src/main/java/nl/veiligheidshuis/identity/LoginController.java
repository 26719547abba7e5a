package nl.veiligheidshuis.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Dutch login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "afgemeld", required = false) String loggedOut,
			@RequestParam(name = "verlopen", required = false) String expired, Model model) {
		model.addAttribute("loginFailed", error != null);
		model.addAttribute("loggedOut", loggedOut != null);
		model.addAttribute("sessionExpired", expired != null);
		return "identity/login";
	}
}
