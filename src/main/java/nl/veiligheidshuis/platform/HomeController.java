package nl.veiligheidshuis.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn werk": the start page of every user. Later modules add their work lists to it. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
