package nl.veiligheidshuis.partners;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.partners.RegisterForms.AccessionForm;
import nl.veiligheidshuis.partners.RegisterForms.ContactForm;
import nl.veiligheidshuis.partners.RegisterForms.PartnerEditForm;
import nl.veiligheidshuis.partners.RegisterForms.PartnerForm;
import nl.veiligheidshuis.partners.RegisterForms.PopulationForm;
import nl.veiligheidshuis.partners.RegisterForms.RoomForm;
import nl.veiligheidshuis.platform.DocumentRejected;
import nl.veiligheidshuis.platform.Documents;
import nl.veiligheidshuis.platform.RegisterEditors;

/**
 * The pages of the partner register: partners, the covenant with its chain leads, municipalities and
 * rooms. Every signed-in user reads them (no client data); only the functional administrator and the
 * house manager change them (the security rules guard every POST; the forms are shown only to them).
 * Post/Redirect/Get with a flash message after every change.
 */
@Controller
@RequestMapping(PartnerPages.ROOT)
class PartnerPages {

	static final String ROOT = "/partners";

	private final PartnerOrganisations partners;
	private final Municipalities municipalities;
	private final HouseRooms rooms;
	private final ChainLeads chainLeads;
	private final Documents documents;
	private final Clock clock;

	PartnerPages(PartnerOrganisations partners, Municipalities municipalities, HouseRooms rooms, ChainLeads chainLeads,
			Documents documents, Clock clock) {
		this.partners = partners;
		this.municipalities = municipalities;
		this.rooms = rooms;
		this.chainLeads = chainLeads;
		this.documents = documents;
		this.clock = clock;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("mayEdit", RegisterEditors.mayEdit());
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("partners", partners.allDetails());
		return "partners/list";
	}

	@GetMapping("/nieuw")
	String newPartner(Model model) {
		model.addAttribute("partner", new PartnerForm());
		return newPartnerForm(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("partner") PartnerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("name") && partners.findByName(form.getName().strip()).isPresent()) {
			errors.rejectValue("name", "partner.name.taken");
		}
		if (errors.hasErrors()) {
			return newPartnerForm(model);
		}
		PartnerOrganisationId id = partners.register(form.getName().strip(), required(form.getType()),
				required(form.getPresence()), null);
		redirect.addFlashAttribute("flash", "partner.created");
		return "redirect:" + ROOT + "/" + id.value();
	}

	private String newPartnerForm(Model model) {
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("presences", Presence.values());
		return "partners/new";
	}

	@GetMapping("/{id:[0-9a-f-]{36}}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("accession", new AccessionForm());
		model.addAttribute("contact", new ContactForm());
		return detailPage(id, model);
	}

	@PostMapping("/{id:[0-9a-f-]{36}}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("edit") PartnerEditForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		existing(id);
		if (form.getActiveFrom() != null && form.getActiveTo() != null && form.getActiveTo().isBefore(form.getActiveFrom())) {
			errors.rejectValue("activeTo", "partner.activeToBeforeFrom");
		}
		if (errors.hasErrors()) {
			model.addAttribute("accession", new AccessionForm());
			model.addAttribute("contact", new ContactForm());
			return detailPage(id, model);
		}
		partners.update(new PartnerOrganisationId(id), required(form.getType()), required(form.getPresence()),
				form.getActiveFrom(), form.getActiveTo());
		redirect.addFlashAttribute("flash", "partner.updated");
		return "redirect:" + ROOT + "/" + id;
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/toetredingen")
	String recordAccession(@PathVariable UUID id, @Valid @ModelAttribute("accession") AccessionForm form,
			BindingResult errors, @RequestParam(name = "declaration", required = false) @Nullable MultipartFile declaration,
			Principal user, Model model, RedirectAttributes redirect) {
		existing(id);
		if (form.getApprovedOn() != null && form.getEffectiveFrom() != null
				&& form.getEffectiveFrom().isBefore(form.getApprovedOn())) {
			errors.rejectValue("effectiveFrom", "accession.effectiveBeforeApproval");
		}
		if (errors.hasErrors()) {
			model.addAttribute("contact", new ContactForm());
			return detailPage(id, model);
		}
		try {
			partners.recordDeclaration(new PartnerOrganisationId(id), blankToNull(form.getRepresentative()),
					required(form.getApprovedOn()), form.getSignedOn(), form.getEffectiveFrom(), declaration, user.getName());
		}
		catch (DocumentRejected rejected) {
			model.addAttribute("contact", new ContactForm());
			model.addAttribute("documentError", rejected.messageKey());
			return detailPage(id, model);
		}
		redirect.addFlashAttribute("flash", "accession.recorded");
		return "redirect:" + ROOT + "/" + id;
	}

	@PostMapping("/{id:[0-9a-f-]{36}}/contactpersonen")
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		existing(id);
		if (errors.hasErrors()) {
			model.addAttribute("accession", new AccessionForm());
			return detailPage(id, model);
		}
		partners.addContactPoint(new PartnerOrganisationId(id), new ContactPoint(form.getContactName().strip(),
				blankToNull(form.getPhone()), blankToNull(form.getEmail()), blankToNull(form.getSubject())));
		redirect.addFlashAttribute("flash", "contact.added");
		return "redirect:" + ROOT + "/" + id;
	}

	private String detailPage(UUID id, Model model) {
		PartnerDetails partner = existing(id);
		if (!model.containsAttribute("edit")) {
			model.addAttribute("edit", PartnerEditForm.of(partner));
		}
		model.addAttribute("partner", partner);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("presences", Presence.values());
		model.addAttribute("maxDocumentSize", documents.maxSize().toMegabytes());
		return "partners/detail";
	}

	@GetMapping("/convenant")
	String covenant(Model model) {
		model.addAttribute("covenant", partners.covenant().orElse(null));
		model.addAttribute("partners", partners.allDetails());
		model.addAttribute("chainLeads", chainLeads.all());
		model.addAttribute("chains", Chain.values());
		return "partners/covenant";
	}

	@PostMapping("/convenant/regie")
	String assignChainLead(@RequestParam(name = "chain", required = false) @Nullable Chain chain,
			@RequestParam(name = "lead", required = false) @Nullable UUID lead, RedirectAttributes redirect) {
		if (chain == null || lead == null || partners.find(new PartnerOrganisationId(lead)).isEmpty()) {
			redirect.addFlashAttribute("chainLeadError", "chainLead.choose");
			return "redirect:" + ROOT + "/convenant#regie";
		}
		chainLeads.assign(chain, new PartnerOrganisationId(lead));
		redirect.addFlashAttribute("flash", "chainLead.assigned");
		return "redirect:" + ROOT + "/convenant";
	}

	@GetMapping("/gemeenten")
	String municipalities(Model model) {
		PopulationForm form = new PopulationForm();
		form.setYear(LocalDate.now(clock).getYear());
		model.addAttribute("figure", form);
		return municipalitiesPage(model);
	}

	@PostMapping("/gemeenten")
	String recordPopulation(@Valid @ModelAttribute("figure") PopulationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.getMunicipalityId() != null && municipalities.find(form.getMunicipalityId()).isEmpty()) {
			errors.rejectValue("municipalityId", "validation.required");
		}
		if (errors.hasErrors()) {
			return municipalitiesPage(model);
		}
		municipalities.recordPopulation(required(form.getMunicipalityId()), new PopulationFigure(required(form.getYear()),
				required(form.getPopulation()), required(form.getCountedOn()), blankToNull(form.getSource())));
		redirect.addFlashAttribute("flash", "municipality.populationRecorded");
		return "redirect:" + ROOT + "/gemeenten";
	}

	private String municipalitiesPage(Model model) {
		model.addAttribute("municipalities", municipalities.all());
		return "partners/municipalities";
	}

	@GetMapping("/ruimten")
	String rooms(Model model) {
		model.addAttribute("room", new RoomForm());
		return roomsPage(model);
	}

	@PostMapping("/ruimten")
	String addRoom(@Valid @ModelAttribute("room") RoomForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("name")
				&& rooms.all().stream().anyMatch(room -> room.name().equalsIgnoreCase(form.getName().strip()))) {
			errors.rejectValue("name", "room.name.taken");
		}
		if (errors.hasErrors()) {
			return roomsPage(model);
		}
		rooms.add(form.getName().strip(), required(form.getKind()), required(form.getCapacity()));
		redirect.addFlashAttribute("flash", "room.added");
		return "redirect:" + ROOT + "/ruimten";
	}

	private String roomsPage(Model model) {
		model.addAttribute("rooms", rooms.all());
		model.addAttribute("kinds", RoomKind.values());
		return "partners/rooms";
	}

	private PartnerDetails existing(UUID id) {
		return partners.details(new PartnerOrganisationId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("validated as required");
		}
		return value;
	}
}
