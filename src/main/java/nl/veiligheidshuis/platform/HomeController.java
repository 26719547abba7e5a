package nl.veiligheidshuis.platform;

import java.util.List;
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
	private final List<MyWorkItem.Source> workSources;

	HomeController(Notifications notifications, List<MyWorkItem.Source> workSources) {
		this.notifications = notifications;
		this.workSources = workSources;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal UserProfile user, Model model) {
		model.addAttribute("notifications", notifications.unreadFor(user.id()));
		var authorities = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
			.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority).toList();
		model.addAttribute("work", workSources.stream().flatMap(source -> source.itemsFor(user, authorities).stream()).toList());
		return "home";
	}

	@PostMapping("/berichten/{id}/gelezen")
	String markRead(@PathVariable UUID id, @AuthenticationPrincipal UserProfile user) {
		notifications.markRead(id, user.id());
		return "redirect:/";
	}
}
