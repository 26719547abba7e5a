package nl.veiligheidshuis.identity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;

/**
 * User administration for the functional administrator (the security rules restrict {@code /beheer} to
 * that role): create accounts, change roles and organisation, disable and enable, unlock, reset the
 * second factor, set a new password.
 */
@Controller
@RequestMapping("/beheer")
class UserAdministrationController {

	private static final String USERS = "/beheer/gebruikers";

	private final UserAccounts accounts;
	private final PartnerOrganisations partners;
	private final PasswordPolicy passwordPolicy;

	UserAdministrationController(UserAccounts accounts, PartnerOrganisations partners, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.partners = partners;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping
	String index() {
		return "identity/admin/index";
	}

	@GetMapping("/gebruikers")
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "identity/admin/users";
	}

	@GetMapping("/gebruikers/nieuw")
	String newAccount(Model model) {
		model.addAttribute("account", new AccountForm());
		return form(model, true);
	}

	@PostMapping("/gebruikers")
	String create(@Valid @ModelAttribute("account") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (accounts.exists(form.getUsername())) {
			errors.rejectValue("username", "account.username.taken");
		}
		passwordPolicy.violations(form.getPassword(), form.getUsername())
			.forEach(violation -> errors.rejectValue("password", violation));
		if (errors.hasErrors()) {
			return form(model, true);
		}
		UUID id = accounts.create(form.getUsername(), form.getDisplayName(),
				new PartnerOrganisationId(form.getOrganisationId()), form.getRoles(), form.getPassword());
		redirect.addFlashAttribute("flash", "account.created");
		return "redirect:" + USERS + "/" + id;
	}

	@GetMapping("/gebruikers/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserAccounts.UserAccountSummary account = existing(id);
		model.addAttribute("account", AccountForm.of(account));
		model.addAttribute("summary", account);
		return form(model, false);
	}

	@PostMapping("/gebruikers/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("account") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserAccounts.UserAccountSummary account = existing(id);
		if (errors.hasFieldErrors("displayName") || errors.hasFieldErrors("organisationId") || errors.hasFieldErrors("roles")) {
			model.addAttribute("summary", account);
			form.setUsername(account.username());
			return form(model, false);
		}
		accounts.update(id, form.getDisplayName(), new PartnerOrganisationId(form.getOrganisationId()), form.getRoles());
		redirect.addFlashAttribute("flash", "account.updated");
		return "redirect:" + USERS + "/" + id;
	}

	@PostMapping("/gebruikers/{id}/uitschakelen")
	String disable(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser administrator, RedirectAttributes redirect) {
		if (administrator.id().equals(id)) {
			return act(id, redirect, "account.cannotDisableSelf", () -> {
			});
		}
		return act(id, redirect, "account.disabled", () -> accounts.disable(id));
	}

	@PostMapping("/gebruikers/{id}/inschakelen")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "account.enabled", () -> accounts.enable(id));
	}

	@PostMapping("/gebruikers/{id}/deblokkeren")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "account.unlocked", () -> accounts.unlock(id));
	}

	@PostMapping("/gebruikers/{id}/tweede-factor-resetten")
	String resetTotp(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "account.totpWasReset", () -> accounts.resetTotp(id));
	}

	/** One action on an existing account, then back to its page with a message (Post/Redirect/Get). */
	private String act(UUID id, RedirectAttributes redirect, String flash, Runnable action) {
		existing(id);
		action.run();
		redirect.addFlashAttribute("flash", flash);
		return "redirect:" + USERS + "/" + id;
	}

	@PostMapping("/gebruikers/{id}/wachtwoord")
	String setPassword(@PathVariable UUID id, @RequestParam(name = "password", defaultValue = "") String password,
			RedirectAttributes redirect) {
		UserAccounts.UserAccountSummary account = existing(id);
		List<String> violations = passwordPolicy.violations(password, account.username());
		if (!violations.isEmpty()) {
			redirect.addFlashAttribute("passwordErrors", violations);
			return "redirect:" + USERS + "/" + id + "#wachtwoord";
		}
		accounts.changePassword(id, password);
		redirect.addFlashAttribute("flash", "account.passwordSet");
		return "redirect:" + USERS + "/" + id;
	}

	private String form(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("organisations", partners.all());
		model.addAttribute("allRoles", Role.values());
		return "identity/admin/user";
	}

	private UserAccounts.UserAccountSummary existing(UUID id) {
		return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
