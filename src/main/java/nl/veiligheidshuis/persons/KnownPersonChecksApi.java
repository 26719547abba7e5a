package nl.veiligheidshuis.persons;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.veiligheidshuis.platform.ApiPaths;
import nl.veiligheidshuis.platform.House;

/**
 * The known-person check ("check op bekendheid"): is this person known in the house? Only yes or no,
 * and when yes whom to contact at the house; never anything of a dossier. Person data only in the body.
 */
@RestController
@EnableConfigurationProperties(HouseContact.class)
@Tag(name = "check op bekendheid", description = "Is deze persoon bekend in het huis? Alleen ja/nee en het contact van het huis")
class KnownPersonChecksApi {

	/** A BSN, or a surname with a date of birth (or both). */
	record CheckRequest(@Nullable @Size(max = 20, message = "{validation.size}") String bsn,
			@Nullable @Size(max = 200, message = "{validation.size}") String surname, @Nullable LocalDate dateOfBirth) {

		@AssertTrue(message = "{knownPersonCheck.needsData}")
		boolean isIdentifying() {
			return (bsn != null && !bsn.isBlank()) || (surname != null && !surname.isBlank() && dateOfBirth != null);
		}
	}

	record Contact(String house, @Nullable String phone, @Nullable String email) {
	}

	record CheckResponse(boolean known, @Nullable Contact contact) {
	}

	private final Persons persons;
	private final KnownPersonCheckLimit limit;
	private final HouseContact houseContact;
	private final House house;

	KnownPersonChecksApi(Persons persons, KnownPersonCheckLimit limit, HouseContact houseContact, House house) {
		this.persons = persons;
		this.limit = limit;
		this.houseContact = houseContact;
		this.house = house;
	}

	@PostMapping(path = ApiPaths.V1 + "/known-person-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Check op bekendheid: {known} en, als bekend, het contact van het huis (geen dossiergegevens); "
			+ "begrensd per gebruiker (429)")
	CheckResponse check(@Valid @RequestBody CheckRequest request) {
		if (!limit.tryAcquire()) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		boolean known = persons.isKnown(request.bsn(), request.surname(), request.dateOfBirth());
		return new CheckResponse(known,
				known ? new Contact(house.name(), houseContact.phone(), houseContact.email()) : null);
	}
}
