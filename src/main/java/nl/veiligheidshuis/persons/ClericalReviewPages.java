package nl.veiligheidshuis.persons;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerical review queue: a list, and each item side by side with the decisions. */
@Controller
class ClericalReviewPages {

	static final String PATH = "/personen/beoordelen";

	private final ClericalReview review;

	ClericalReviewPages(ClericalReview review) {
		this.review = review;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("items", review.openItems());
		return "persons/review-list";
	}

	@GetMapping(PATH + "/{itemId}")
	String item(@PathVariable UUID itemId, Model model) {
		model.addAttribute("comparison",
				review.comparison(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "persons/review-item";
	}

	@PostMapping(PATH + "/{itemId}/zelfde-persoon")
	String same(@PathVariable UUID itemId, RedirectAttributes redirect) {
		review.decideSame(itemId);
		redirect.addFlashAttribute("flash", "review.merged");
		return "redirect:" + PATH + "/" + itemId;
	}

	@PostMapping(PATH + "/{itemId}/andere-persoon")
	String different(@PathVariable UUID itemId, RedirectAttributes redirect) {
		review.decideDifferent(itemId);
		redirect.addFlashAttribute("flash", "review.decidedDifferent");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{itemId}/ontkoppelen")
	String unmerge(@PathVariable UUID itemId, RedirectAttributes redirect) {
		review.unmerge(itemId);
		redirect.addFlashAttribute("flash", "review.unmerged");
		return "redirect:" + PATH + "/" + itemId;
	}
}
