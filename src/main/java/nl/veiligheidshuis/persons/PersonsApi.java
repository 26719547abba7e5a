package nl.veiligheidshuis.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.platform.ApiPaths;

/** The person registry over the API, with the same rules as the pages: search by POST, every search and read audited. */
@RestController
@Tag(name = "personen", description = "Personenregister: zoeken en samengevoegde weergave met herkomst per gegeven")
class PersonsApi {

	/** A search: the surname (with or without prefix), optionally given names and date of birth. */
	record SearchRequest(@Nullable @Size(max = 200, message = "{validation.size}") String givenNames,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String surname,
			@Nullable LocalDate dateOfBirth) {
	}

	record SearchResponse(List<PersonSummary> results) {
	}

	private final Persons persons;

	PersonsApi(Persons persons) {
		this.persons = persons;
	}

	@PostMapping(path = ApiPaths.V1 + "/persons/searches", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Zoek personen (fuzzy op naam, optioneel geboortedatum); alleen personen die u mag zien",
			description = "Dataminimalisatie: geboortedatum en woonplaats zijn null als het privacyconvenant die categorie "
					+ "(identificerende gegevens, adresgegevens) niet met uw organisatie deelt.")
	SearchResponse search(@Valid @RequestBody SearchRequest request) {
		return new SearchResponse(
				persons.search(new PersonSearch(request.givenNames(), request.surname().strip(), request.dateOfBirth())));
	}

	@GetMapping(path = ApiPaths.V1 + "/persons/{personId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Eén persoon: elk gegeven met de bronnen die het gaven",
			description = "Dataminimalisatie per veld: een gegeven uit een categorie die het privacyconvenant niet met uw "
					+ "organisatie deelt, wordt als null gestuurd (aliases, dateOfBirth en gender: IDENTITY; bsns: BSN; "
					+ "addresses: CONTACT) en de categorie staat in notShared. Een lege lijst betekent: niets bekend.")
	PersonView person(@PathVariable UUID personId) {
		return persons.view(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
