package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The person pages: a search (a POST, so that names and dates of birth never appear in a URL, a log or
 * the browser history) and the merged view of one person with the source of every value. Who may use
 * them is in the security rules; whom they show is {@link PersonVisibilityPolicy}.
 */
@Controller
@RequestMapping(PersonPages.ROOT)
class PersonPages {

	static final String ROOT = "/personen";

	private final Persons persons;

	PersonPages(Persons persons) {
		this.persons = persons;
	}

	@GetMapping
	String searchForm(Model model) {
		model.addAttribute("search", new SearchForm());
		return "persons/search";
	}

	@PostMapping
	String search(@Valid @ModelAttribute("search") SearchForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			model.addAttribute("results",
					persons.search(new PersonSearch(form.getGivenNames(), form.getSurname().strip(), form.getDateOfBirth())));
		}
		return "persons/search";
	}

	@GetMapping("/{personId:[0-9a-f-]{36}}")
	String person(@PathVariable UUID personId, Model model) {
		model.addAttribute("person",
				persons.view(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "persons/detail";
	}

	/** The search form; a bean for th:field. */
	public static class SearchForm {

		@Size(max = 200, message = "{validation.size}")
		private @Nullable String givenNames;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.size}")
		private String surname = "";

		@DateTimeFormat(iso = ISO.DATE)
		private @Nullable LocalDate dateOfBirth;

		public @Nullable String getGivenNames() {
			return givenNames;
		}

		public void setGivenNames(@Nullable String givenNames) {
			this.givenNames = givenNames;
		}

		public String getSurname() {
			return surname;
		}

		public void setSurname(@Nullable String surname) {
			this.surname = surname == null ? "" : surname;
		}

		public @Nullable LocalDate getDateOfBirth() {
			return dateOfBirth;
		}

		public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}
	}
}
