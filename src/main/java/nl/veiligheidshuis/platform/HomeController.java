package nl.veiligheidshuis.platform;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Mijn werk": the start page of every user, with their inbox. Later modules add their work lists to it. */
@Controller
class HomeController {

	private final Notifications notifications;

	HomeController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal UserProfile user, Model model) {
		model.addAttribute("notifications", notifications.unreadFor(user.id()));
		return "home";
	}

	@PostMapping("/berichten/{id}/gelezen")
	String markRead(@PathVariable UUID id, @AuthenticationPrincipal UserProfile user) {
		notifications.markRead(id, user.id());
		return "redirect:/";
	}
}
