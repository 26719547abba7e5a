package nl.veiligheidshuis.privacy;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The break-glass page: the secretariat states why it must open a dossier it has no right to. Offered
 * only to users who may break the glass on that trajectory; everyone else gets 404.
 */
@Controller
class BreakGlassController {

	static final String PATH = "/noodtoegang/{trajectoryId}";

	private final TrajectoryAccess access;

	BreakGlassController(TrajectoryAccess access) {
		this.access = access;
	}

	@GetMapping(PATH)
	String form(@PathVariable UUID trajectoryId, Model model) {
		requireMayBreakGlass(trajectoryId);
		model.addAttribute("trajectoryId", trajectoryId);
		model.addAttribute("reason", "");
		model.addAttribute("reasonInvalid", false);
		return "privacy/break-glass";
	}

	@PostMapping(PATH)
	String open(@PathVariable UUID trajectoryId, @RequestParam(name = "reason", defaultValue = "") String reason,
			Model model) {
		requireMayBreakGlass(trajectoryId);
		int length = reason.strip().length();
		if (length < BreakGlass.MINIMUM_REASON || length > BreakGlass.MAXIMUM_REASON) {
			model.addAttribute("trajectoryId", trajectoryId);
			model.addAttribute("reason", reason);
			model.addAttribute("reasonInvalid", true);
			return "privacy/break-glass";
		}
		access.breakGlass(trajectoryId, reason);
		return "redirect:/trajecten/" + trajectoryId;
	}

	private void requireMayBreakGlass(UUID trajectoryId) {
		if (!access.mayBreakGlass(trajectoryId)) {
			access.auditRefusal(trajectoryId);
			throw new TrajectoryNotFound();
		}
	}
}
