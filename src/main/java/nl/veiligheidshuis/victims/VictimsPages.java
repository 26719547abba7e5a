package nl.veiligheidshuis.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.veiligheidshuis.platform.OrganisationDirectory;

/**
 * The victims pages under {@code /slachtoffers}: victims with their repeat flag, registering an incident, one
 * incident, one victim (support offers), domestic-violence cases and early signals. Every change is
 * Post/Redirect/Get; a broken rule comes back as the list of its Dutch reasons, nothing written.
 */
@Controller
class VictimsPages {

	private static final String ROOT = Victims.PAGE;
	private static final String CASES = ROOT + "/huiselijk-geweld";
	private static final String SIGNALS = ROOT + "/vroegsignalering";
	private static final int PERSON_ROWS = 4;

	private final Victims victims;
	private final VictimRules rules;
	private final OrganisationDirectory organisations;

	VictimsPages(Victims victims, VictimRules rules, OrganisationDirectory organisations) {
		this.victims = victims;
		this.rules = rules;
		this.organisations = organisations;
	}

	/** The incident form: date, kind, description and up to four persons in their roles. */
	public static class IncidentForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate occurredOn;
		private @Nullable IncidentKind kind;
		private @Nullable String description;
		private List<PersonRow> persons = new ArrayList<>();

		public @Nullable LocalDate getOccurredOn() {
			return occurredOn;
		}

		public void setOccurredOn(@Nullable LocalDate occurredOn) {
			this.occurredOn = occurredOn;
		}

		public @Nullable IncidentKind getKind() {
			return kind;
		}

		public void setKind(@Nullable IncidentKind kind) {
			this.kind = kind;
		}

		public @Nullable String getDescription() {
			return description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		public List<PersonRow> getPersons() {
			return persons;
		}

		public void setPersons(List<PersonRow> persons) {
			this.persons = persons;
		}

		void fill() {
			while (persons.size() < PERSON_ROWS) {
				persons.add(new PersonRow());
			}
		}
	}

	public static class PersonRow {

		private @Nullable IncidentRole role;
		private @Nullable String givenNames;
		private @Nullable String surname;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate dateOfBirth;

		public @Nullable IncidentRole getRole() {
			return role;
		}

		public void setRole(@Nullable IncidentRole role) {
			this.role = role;
		}

		public @Nullable String getGivenNames() {
			return givenNames;
		}

		public void setGivenNames(@Nullable String givenNames) {
			this.givenNames = givenNames;
		}

		public @Nullable String getSurname() {
			return surname;
		}

		public void setSurname(@Nullable String surname) {
			this.surname = surname;
		}

		public @Nullable LocalDate getDateOfBirth() {
			return dateOfBirth;
		}

		public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}
	}

	@GetMapping(ROOT)
	String list(@RequestParam(defaultValue = "false") boolean herhaald, Model model) {
		model.addAttribute("victims", victims.visibleVictims(herhaald));
		model.addAttribute("repeatOnly", herhaald);
		model.addAttribute("minIncidents", rules.minIncidents());
		model.addAttribute("windowMonths", rules.window().toTotalMonths());
		return "victims/list";
	}

	@GetMapping(ROOT + "/incidenten")
	String incidents(Model model) {
		model.addAttribute("incidents", victims.visibleIncidents());
		return "victims/incidents";
	}

	@GetMapping(ROOT + "/incidenten/nieuw")
	String incidentForm(Model model) {
		IncidentForm form = new IncidentForm();
		form.fill();
		return incidentForm(form, null, model);
	}

	private String incidentForm(IncidentForm form, @Nullable List<String> refusals, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", IncidentKind.values());
		model.addAttribute("roles", IncidentRole.values());
		model.addAttribute("refusals", refusals);
		return "victims/incident-new";
	}

	@PostMapping(ROOT + "/incidenten")
	String record(@ModelAttribute("form") IncidentForm form, Model model) {
		try {
			UUID id = victims.recordIncident(new Victims.IncidentCommand(form.getOccurredOn(), form.getKind(),
					form.getDescription(), form.getPersons().stream()
						.map(p -> new Victims.PersonInput(p.getRole(), null, p.getGivenNames(), p.getSurname(), p.getDateOfBirth()))
						.toList()));
			return "redirect:" + ROOT + "/incidenten/" + id;
		}
		catch (VictimsRefused refused) {
			form.fill();
			return incidentForm(form, refused.rules(), model);
		}
	}

	@GetMapping(ROOT + "/incidenten/{incidentId}")
	String incident(@PathVariable UUID incidentId, Model model) {
		model.addAttribute("incident", victims.incident(incidentId));
		return "victims/incident";
	}

	@PostMapping(CASES)
	String openCase(@RequestParam UUID incidentId, RedirectAttributes redirect) {
		try {
			return "redirect:" + CASES + "/" + victims.openCase(incidentId);
		}
		catch (VictimsRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
			return "redirect:" + ROOT + "/incidenten/" + incidentId;
		}
	}

	@GetMapping(ROOT + "/{personId}")
	String victim(@PathVariable UUID personId, Model model) {
		model.addAttribute("victim", victims.victim(personId));
		model.addAttribute("supportKinds", SupportKind.values());
		model.addAttribute("consents", Consent.values());
		model.addAttribute("organisations", organisations.all());
		return "victims/victim";
	}

	@PostMapping(ROOT + "/{personId}/steun")
	String offer(@PathVariable UUID personId, @RequestParam(required = false) @Nullable SupportKind kind,
			@RequestParam(required = false) @Nullable UUID organisationId, @RequestParam(required = false) @Nullable Consent consent,
			RedirectAttributes redirect) {
		return change(ROOT + "/" + personId, redirect,
				() -> victims.offerSupport(personId, new Victims.SupportOfferCommand(kind, organisationId, null, consent)));
	}

	@PostMapping(ROOT + "/{personId}/steun/{offerId}/uitkomst")
	String outcome(@PathVariable UUID personId, @PathVariable UUID offerId,
			@RequestParam(required = false) @Nullable Consent consent, @RequestParam(required = false) @Nullable String outcome,
			RedirectAttributes redirect) {
		return change(ROOT + "/" + personId, redirect, () -> {
			victims.recordOutcome(personId, offerId, consent, outcome);
			return offerId;
		});
	}

	@GetMapping(CASES)
	String cases(Model model) {
		model.addAttribute("cases", victims.visibleCases());
		return "victims/cases";
	}

	@GetMapping(CASES + "/{caseId}")
	String caseView(@PathVariable UUID caseId, Model model) {
		model.addAttribute("dvCase", victims.caseView(caseId));
		model.addAttribute("riskFactors", RiskFactor.values());
		model.addAttribute("highThreshold", rules.highThreshold());
		return "victims/case";
	}

	@PostMapping(CASES + "/{caseId}/casusoverleg")
	String conference(@PathVariable UUID caseId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			RedirectAttributes redirect) {
		return change(CASES + "/" + caseId, redirect, () -> {
			victims.recordConference(caseId, heldOn);
			return caseId;
		});
	}

	@PostMapping(CASES + "/{caseId}/risico")
	String risk(@PathVariable UUID caseId, @RequestParam(required = false) @Nullable Set<RiskFactor> factors,
			RedirectAttributes redirect) {
		return change(CASES + "/" + caseId, redirect, () -> {
			victims.assessRisk(caseId, factors == null ? EnumSet.noneOf(RiskFactor.class) : factors, null);
			return caseId;
		});
	}

	@PostMapping(CASES + "/{caseId}/veiligheidsplan")
	String safetyPlan(@PathVariable UUID caseId, @RequestParam(required = false) @Nullable String plan,
			RedirectAttributes redirect) {
		return change(CASES + "/" + caseId, redirect, () -> {
			victims.recordSafetyPlan(caseId, plan);
			return caseId;
		});
	}

	@PostMapping(CASES + "/{caseId}/huisverbod")
	String impose(@PathVariable UUID caseId, @RequestParam(required = false) @Nullable UUID perpetratorId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate imposedOn,
			RedirectAttributes redirect) {
		return change(CASES + "/" + caseId, redirect, () -> victims.imposeRestrainingOrder(caseId, perpetratorId, imposedOn));
	}

	@PostMapping(CASES + "/{caseId}/huisverbod/{orderId}/verlenging")
	String extend(@PathVariable UUID caseId, @PathVariable UUID orderId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
			RedirectAttributes redirect) {
		return change(CASES + "/" + caseId, redirect, () -> {
			victims.extendRestrainingOrder(caseId, orderId, endsOn);
			return orderId;
		});
	}

	@GetMapping(SIGNALS)
	String signals(Model model) {
		model.addAttribute("signals", victims.visibleSignals());
		model.addAttribute("signalKinds", SignalKind.values());
		model.addAttribute("targets", ReferralTarget.values());
		return "victims/signals";
	}

	@PostMapping(SIGNALS)
	String signal(@RequestParam(required = false) @Nullable SignalKind kind,
			@RequestParam(required = false) @Nullable String givenNames, @RequestParam(required = false) @Nullable String surname,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signalledOn,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable ReferralTarget referredTo, RedirectAttributes redirect) {
		return change(SIGNALS, redirect, () -> victims.recordSignal(new Victims.SignalCommand(kind, givenNames, surname,
				dateOfBirth, signalledOn, description, referredTo)));
	}

	@PostMapping(SIGNALS + "/{signalId}/uitkomst")
	String signalOutcome(@PathVariable UUID signalId, @RequestParam(required = false) @Nullable String outcome,
			RedirectAttributes redirect) {
		return change(SIGNALS, redirect, () -> {
			victims.recordSignalOutcome(signalId, outcome);
			return signalId;
		});
	}

	@PostMapping(SIGNALS + "/{signalId}/opschalen")
	String escalate(@PathVariable UUID signalId, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return change(SIGNALS, redirect, () -> {
			victims.escalateSignal(signalId, reason);
			return signalId;
		});
	}

	private static String change(String page, RedirectAttributes redirect, Supplier<UUID> step) {
		try {
			step.get();
		}
		catch (VictimsRefused refused) {
			redirect.addFlashAttribute("refusals", refused.rules());
		}
		return "redirect:" + page;
	}
}
