package nl.veiligheidshuis.identity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn profiel": who the user is to the house, and their personal API tokens (local accounts only:
 * a user of the OIDC provider calls the API with the provider's tokens, so that the provider alone
 * decides how long their access lasts). A new token is shown once, after the redirect.
 */
@Controller
class ProfileController {

	private static final String PAGE = "identity/profile";
	private static final Locale DUTCH = Locale.forLanguageTag("nl");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DUTCH);

	private final ApiTokens apiTokens;

	ProfileController(ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
	}

	/** The form for a new token; the expiry date is checked against today in {@link #create}. */
	record NewTokenForm(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}") @Nullable String name,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {
	}

	@GetMapping("/profiel")
	String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new NewTokenForm("", LocalDate.now(apiTokens.clock()).plusDays(90)));
		}
		return page(user, model);
	}

	@PostMapping("/profiel/api-tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("tokenForm") NewTokenForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		requireLocalAccount(user);
		if (form.expiresOn() != null && !errors.hasFieldErrors("expiresOn")
				&& !apiTokens.isAllowedExpiryDate(form.expiresOn())) {
			errors.rejectValue("expiresOn", "expiryRange", new Object[] { DATE.format(apiTokens.latestExpiryDate()) },
					null);
		}
		if (errors.hasErrors() || form.name() == null || form.expiresOn() == null) {
			model.addAttribute("formInvalid", true);
			return page(user, model);
		}
		ApiTokens.NewApiToken token = apiTokens.create(user, form.name(), form.expiresOn());
		redirect.addFlashAttribute("newToken", token.value());
		redirect.addFlashAttribute("newTokenName", form.name().strip());
		return "redirect:/profiel";
	}

	@PostMapping("/profiel/api-tokens/{id}/intrekken")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		requireLocalAccount(user);
		if (!apiTokens.revoke(user, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/profiel";
	}

	/** One line of the token table, with its dates as the user reads them. */
	record TokenRow(UUID id, String name, String createdOn, String expiresOn, @Nullable String lastUsedAt,
			ApiToken.Status status) {

		public boolean revocable() {
			return status == ApiToken.Status.VALID;
		}
	}

	private String page(SignedInUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("roles", user.roles().stream().map(Enum::name).sorted().toList());
		if (user.localAccount()) {
			ZoneId zone = apiTokens.clock().getZone();
			model.addAttribute("tokens", apiTokens.of(user).stream()
				.map(token -> new TokenRow(token.id(), token.name(), DATE.format(token.createdAt().atZone(zone)),
						DATE.format(token.expiresOn()),
						token.lastUsedAt() == null ? null : DATE_TIME.format(token.lastUsedAt().atZone(zone)),
						token.status()))
				.toList());
			model.addAttribute("latestExpiryDate", apiTokens.latestExpiryDate());
			model.addAttribute("earliestExpiryDate", LocalDate.now(apiTokens.clock()).plusDays(1));
		}
		return PAGE;
	}

	private static void requireLocalAccount(SignedInUser user) {
		if (!user.localAccount()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}
}
