package nl.veiligheidshuis.privacy;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.PartnerOrganisation;
import nl.veiligheidshuis.partners.PartnerOrganisationId;
import nl.veiligheidshuis.partners.PartnerOrganisations;
import nl.veiligheidshuis.platform.DocumentRejected;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.RegisterEditors;
import nl.veiligheidshuis.platform.TargetGroup;

/**
 * The privacy covenants: a list and one page per covenant with its parties (each with the categories of data it
 * may receive), target groups, purposes, legal basis, period and document. The functional administrator and the
 * house manager record a new covenant (with its signed PDF and the categories for its parties), add a party,
 * change a party's categories, and end a covenant (or lift its end); from the day after its end date it no longer
 * gives anyone access.
 */
@Controller
@RequestMapping(PrivacyCovenantPages.ROOT)
class PrivacyCovenantPages {

	static final String ROOT = "/privacyconvenanten";

	private final PrivacyCovenantRegister covenants;
	private final PartnerOrganisations partners;
	private final Documents documents;
	private final Clock clock;

	PrivacyCovenantPages(PrivacyCovenantRegister covenants, PartnerOrganisations partners, Documents documents,
			Clock clock) {
		this.covenants = covenants;
		this.partners = partners;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("covenants", covenants.all());
		model.addAttribute("mayEdit", RegisterEditors.mayEdit());
		model.addAttribute("today", LocalDate.now(clock));
		return "privacy/covenants";
	}

	@GetMapping("/nieuw")
	String newCovenant(Model model) {
		model.addAttribute("covenant", new PrivacyCovenantForm());
		return form(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("covenant") PrivacyCovenantForm form, BindingResult errors,
			@RequestParam(name = "document", required = false) @Nullable MultipartFile document, Principal user, Model model,
			RedirectAttributes redirect) {
		if (form.getValidFrom() != null && form.getValidTo() != null && form.getValidTo().isBefore(form.getValidFrom())) {
			errors.rejectValue("validTo", "privacyCovenant.endBeforeStart");
		}
		if (form.getParties().stream().anyMatch(party -> partners.find(new PartnerOrganisationId(party)).isEmpty())) {
			errors.rejectValue("parties", "privacyCovenant.chooseParty");
		}
		if (errors.hasErrors()) {
			return form(model);
		}
		UUID id;
		try {
			id = covenants.record(form.getTitle().strip(),
					form.getParties().stream().map(PartnerOrganisationId::new).collect(Collectors.toSet()),
					form.getTargetGroups(), form.getPurposes().strip(), form.getLegalBasis().strip(),
					java.util.Objects.requireNonNull(form.getValidFrom()), form.getValidTo(), document, user.getName(),
					form.getCategories());
		}
		catch (DocumentRejected rejected) {
			model.addAttribute("documentError", rejected.messageKey());
			return form(model);
		}
		redirect.addFlashAttribute("flash", "privacyCovenant.created");
		return "redirect:" + ROOT + "/" + id;
	}

	private String form(Model model) {
		model.addAttribute("allPartners", partners.all());
		model.addAttribute("allTargetGroups", TargetGroup.values());
		model.addAttribute("allCategories", DataCategory.values());
		model.addAttribute("maxDocumentSize", documents.maxSize().toMegabytes());
		return "privacy/covenant-new";
	}

	@GetMapping("/{id:[0-9a-f-]{36}}")
	String detail(@PathVariable UUID id, Model model) {
		PrivacyCovenant covenant = covenants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("covenant", covenant);
		List<PartnerOrganisation> parties = partiesOf(covenant, partners);
		model.addAttribute("parties", parties);
		model.addAttribute("candidates", partners.all().stream().filter(partner -> !parties.contains(partner)).toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("mayEdit", RegisterEditors.mayEdit());
		model.addAttribute("allCategories", DataCategory.values());
		return "privacy/covenant";
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/einddatum")
	String changeEnd(@PathVariable UUID id,
			@RequestParam(name = "validTo", required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validTo,
			RedirectAttributes redirect) {
		PrivacyCovenant covenant = covenants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (validTo != null && validTo.isBefore(covenant.validFrom())) {
			redirect.addFlashAttribute("endError", "privacyCovenant.endBeforeStart");
			return "redirect:" + ROOT + "/" + id + "#einddatum";
		}
		covenants.changeEnd(id, validTo);
		redirect.addFlashAttribute("flash", "privacyCovenant.endChanged");
		return "redirect:" + ROOT + "/" + id;
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/partijen")
	String addParty(@PathVariable UUID id, @RequestParam(name = "party", required = false) @Nullable UUID party,
			@RequestParam(name = "categories", required = false) @Nullable Set<DataCategory> categories,
			RedirectAttributes redirect) {
		covenants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (party == null || partners.find(new PartnerOrganisationId(party)).isEmpty()) {
			redirect.addFlashAttribute("partyError", "privacyCovenant.chooseParty");
			return "redirect:" + ROOT + "/" + id + "#partij";
		}
		covenants.addParty(id, new PartnerOrganisationId(party), categories == null ? Set.of() : categories);
		redirect.addFlashAttribute("flash", "privacyCovenant.partyAdded");
		return "redirect:" + ROOT + "/" + id;
	}

	/** Sets the categories of data one party may receive under the covenant (unchecked: not shared with it). */
	@PostMapping("/{id:[0-9a-f-]{36}}/partijen/{party:[0-9a-f-]{36}}/categorieen")
	String changeCategories(@PathVariable UUID id, @PathVariable UUID party,
			@RequestParam(name = "categories", required = false) @Nullable Set<DataCategory> categories,
			RedirectAttributes redirect) {
		PrivacyCovenant covenant = covenants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!covenant.parties().contains(new PartnerOrganisationId(party))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		covenants.changeCategories(id, new PartnerOrganisationId(party), categories == null ? Set.of() : categories);
		redirect.addFlashAttribute("flash", "privacyCovenant.categoriesChanged");
		return "redirect:" + ROOT + "/" + id;
	}

	static List<PartnerOrganisation> partiesOf(PrivacyCovenant covenant, PartnerOrganisations partners) {
		return covenant.parties().stream()
			.map(partners::find)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(PartnerOrganisation::name))
			.toList();
	}
}
