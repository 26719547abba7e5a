package nl.veiligheidshuis.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The house this deployment serves. Renaming is for the functional administrator (see the security rules). */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/house", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "huis", description = "Het Veiligheidshuis van deze installatie")
class HouseApi {

	record HouseResource(String name) {
	}

	record RenameHouse(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name) {
	}

	private final House house;

	HouseApi(House house) {
		this.house = house;
	}

	@GetMapping
	@Operation(summary = "Gegevens van het huis")
	HouseResource get() {
		return new HouseResource(house.name());
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Naam van het huis wijzigen (functioneel beheerder)")
	HouseResource rename(@Valid @RequestBody RenameHouse command) {
		house.rename(command.name().strip());
		return new HouseResource(house.name());
	}
}
