package nl.veiligheidshuis.platform;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The navigation already shows the sections of the modules to come; until a module brings its own
 * pages, its section says plainly that it is not available yet. Each later issue removes its entry
 * here when it adds its controller.
 */
@Controller
class UpcomingModulesController {

	/** Path segment → message key of the section name. */
	static final Map<String, String> UPCOMING = Map.of(
			"slachtoffers", "nav.victims");

	@GetMapping("/{section:slachtoffers}")
	String upcoming(@PathVariable String section, Model model) {
		String nameKey = UPCOMING.get(section);
		if (nameKey == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("sectionKey", nameKey);
		return "upcoming";
	}
}
