package nl.veiligheidshuis.identity;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.veiligheidshuis.platform.ApiPaths;

/** Who the API caller is, as the system sees them. */
@RestController
@Tag(name = "identiteit", description = "De aangemelde gebruiker")
class CurrentUserApi {

	record CurrentUserResource(String username, String displayName, String organisation, List<String> roles) {
	}

	@GetMapping(path = ApiPaths.V1 + "/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "De aangemelde gebruiker")
	CurrentUserResource me(@AuthenticationPrincipal SignedInUser user) {
		return new CurrentUserResource(user.getUsername(), user.displayName(), user.organisationName(),
				user.roles().stream().map(Enum::name).sorted().toList());
	}
}
