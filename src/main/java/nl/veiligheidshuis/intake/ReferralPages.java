package nl.veiligheidshuis.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

import nl.veiligheidshuis.platform.OrganisationDirectory;
import nl.veiligheidshuis.platform.TargetGroup;
import nl.veiligheidshuis.platform.UserProfile;

/**
 * The referral pages: the form on which a partner professional refers a person or passes a signal, the
 * list of the referrals the user may see, one referral with its decision, and the secretariat's triage
 * queue. Post/Redirect/Get with a flash message; only ids in the URLs.
 */
@Controller
@PreAuthorize(ReferralVisibility.MAY_REFER)
class ReferralPages {

	static final String ROOT = "/aanmeldingen";
	static final String TRIAGE = ROOT + "/triage";
	private static final String ID = "/{referralId:[0-9a-f-]{36}}";

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Referrals referrals;
	private final OrganisationDirectory organisations;
	private final MessageSource messages;

	ReferralPages(Referrals referrals, OrganisationDirectory organisations, MessageSource messages) {
		this.referrals = referrals;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping(ROOT)
	String list(Model model) {
		model.addAttribute("referrals", referrals.visible());
		return "intake/referrals";
	}

	@GetMapping(ROOT + "/nieuw")
	String newReferral(Model model) {
		ReferralForm form = new ReferralForm();
		form.setKind(ReferralKind.REFERRAL);
		model.addAttribute("referral", form);
		return form(model);
	}

	@PostMapping(ROOT)
	String submit(@Valid @ModelAttribute("referral") ReferralForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		Referrals.Received received = referrals.submit(form.toSubmission(), user);
		redirect.addFlashAttribute("flash", "referral.received");
		return "redirect:" + ROOT + "/" + received.id();
	}

	/** A checkbox of a form: the value sent, the Dutch label shown. */
	record Option(String value, String label) {
	}

	private String form(Model model) {
		model.addAttribute("kinds", ReferralKind.values());
		model.addAttribute("targetGroupOptions", Arrays.stream(TargetGroup.values())
			.map(group -> new Option(group.name(), messages.getMessage(group.messageKey(), null, DUTCH)))
			.toList());
		model.addAttribute("partnerOptions", organisations.all().stream()
			.map(partner -> new Option(partner.id().toString(), partner.name()))
			.toList());
		return "intake/referral-new";
	}

	@GetMapping(ROOT + ID)
	String referral(@PathVariable UUID referralId, Model model) {
		if (!model.containsAttribute("triage")) {
			model.addAttribute("triage", new TriageForm());
		}
		model.addAttribute("item", referrals.find(referralId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("outcomes", new ReferralStatus[] { ReferralStatus.ACCEPTED, ReferralStatus.REFERRED_ELSEWHERE,
				ReferralStatus.REJECTED });
		return "intake/referral";
	}

	@PostMapping(ROOT + ID + "/besluit")
	@PreAuthorize(ReferralVisibility.MAY_TRIAGE)
	String decide(@PathVariable UUID referralId, @Valid @ModelAttribute("triage") TriageForm form, BindingResult errors,
			@AuthenticationPrincipal UserProfile user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return referral(referralId, model);
		}
		try {
			if (!referrals.decide(referralId, form.toDecision(), user)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (Referrals.NotOpen decided) {
			redirect.addFlashAttribute("flash", "triage.alreadyDecided");
			return "redirect:" + ROOT + "/" + referralId;
		}
		redirect.addFlashAttribute("flash", "triage.decided." + form.getOutcome());
		return "redirect:" + TRIAGE;
	}

	@GetMapping(TRIAGE)
	@PreAuthorize(ReferralVisibility.MAY_TRIAGE)
	String triage(Model model) {
		model.addAttribute("referrals", referrals.openQueue());
		return "intake/triage";
	}
}
